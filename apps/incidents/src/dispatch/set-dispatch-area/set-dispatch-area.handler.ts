import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Problem } from '#platform';
import type { DispatchAreaResponse } from './set-dispatch-area.dto.js';

/**
 * "Nearby" for dispatch (policy): campuses of one dispatch area back each other up with officers. A campus
 * belongs to one area at most; naming it in another area moves it there. Not staffing's campus
 * groups: those are clinician on-call coverage and may span partner districts, where officers do not go.
 */
@Injectable()
export class DispatchAreaHandler {
  constructor(private readonly dataSource: DataSource) {}

  set(areaId: string, campusIds: string[]): Promise<DispatchAreaResponse> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`DELETE FROM dispatch_area_campus WHERE area_id = $1`, [areaId]);
      await em.query(
        `INSERT INTO dispatch_area_campus (campus_id, area_id) SELECT DISTINCT c, $1 FROM unnest($2::text[]) AS c
         ON CONFLICT (district_id, campus_id) DO UPDATE SET area_id = EXCLUDED.area_id`,
        [areaId, campusIds],
      );
      return this.members(em, areaId);
    });
  }

  async get(areaId: string): Promise<DispatchAreaResponse> {
    const group = await this.members(this.dataSource.manager, areaId);
    if (!group.campusIds.length) throw Problem.notFound('DISPATCH_AREA.NOT_FOUND', `No dispatch area ${areaId}`);
    return group;
  }

  private async members(em: EntityManager, areaId: string): Promise<DispatchAreaResponse> {
    const rows: { campus_id: string }[] = await em.query(`SELECT campus_id FROM dispatch_area_campus WHERE area_id = $1 ORDER BY campus_id`, [areaId]);
    return { areaId, campusIds: rows.map((r) => r.campus_id) };
  }
}
