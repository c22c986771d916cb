import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Problem } from '#platform';
import type { CampusGroupResponse } from './set-campus-group.dto.js';

/**
 * "Nearby" for dispatch (policy): campuses of one group lend each other officers. A campus belongs
 * to one group at most; naming it in another group moves it there.
 */
@Injectable()
export class CampusGroupHandler {
  constructor(private readonly dataSource: DataSource) {}

  set(groupId: string, campusIds: string[]): Promise<CampusGroupResponse> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`DELETE FROM campus_group_member WHERE group_id = $1`, [groupId]);
      await em.query(
        `INSERT INTO campus_group_member (campus_id, group_id) SELECT DISTINCT c, $1 FROM unnest($2::text[]) AS c
         ON CONFLICT (campus_id) DO UPDATE SET group_id = EXCLUDED.group_id`,
        [groupId, campusIds],
      );
      return this.members(em, groupId);
    });
  }

  async get(groupId: string): Promise<CampusGroupResponse> {
    const group = await this.members(this.dataSource.manager, groupId);
    if (!group.campusIds.length) throw Problem.notFound('CAMPUS_GROUP.NOT_FOUND', `No campus group ${groupId}`);
    return group;
  }

  private async members(em: EntityManager, groupId: string): Promise<CampusGroupResponse> {
    const rows: { campus_id: string }[] = await em.query(`SELECT campus_id FROM campus_group_member WHERE group_id = $1 ORDER BY campus_id`, [groupId]);
    return { groupId, campusIds: rows.map((r) => r.campus_id) };
  }
}
