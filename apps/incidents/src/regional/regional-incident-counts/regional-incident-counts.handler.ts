import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DistrictDirectory, Problem } from '#platform';
import { districtCounts } from '../data/district-counts.js';
import { MIN_CELL, monthsOf, regionalCells, type DistrictRaw } from '../domain/small-cells.js';
import type { RegionalIncidentCountsResponse } from './regional-incident-counts.response.js';

/** Longest window, in months: the query walks every district of the region. */
export const MAX_MONTHS = 24;

@Injectable()
export class RegionalIncidentCountsHandler {
  private readonly logger = new Logger('RegionalIncidentCounts');

  constructor(
    private readonly dataSource: DataSource,
    private readonly districts: DistrictDirectory,
  ) {}

  /**
   * The request acts in no district (the guard, for regional-admin-only routes). This is the one
   * cross-district read: each district of the region in its own transaction acting in it, under its
   * row-level security, each read logged (counts only, so nothing of a record to log).
   */
  async execute(region: string, by: string, from: string, to: string): Promise<RegionalIncidentCountsResponse> {
    if (from > to) throw new Problem(400, 'REGIONAL.INVALID_WINDOW', 'from must not be after to');
    const window = monthsOf(from, to);
    if (window.months.length > MAX_MONTHS) throw new Problem(400, 'REGIONAL.INVALID_WINDOW', `The window spans more than ${MAX_MONTHS} months`);
    const raw: DistrictRaw[] = [];
    for (const d of this.districts.inRegion(region)) {
      const counts = await this.districts.run(d.districtId, () =>
        this.dataSource.transaction('REPEATABLE READ', (em) => districtCounts(em, d.timeZone, window.first, window.last)),
      );
      this.logger.log({ region, districtId: d.districtId, by, from: window.first, to: window.last }, 'regional counts read a district');
      raw.push({ districtId: d.districtId, counts });
    }
    return { region, from: window.first, to: window.last, minCell: MIN_CELL, ...regionalCells(raw, window.months) };
  }
}
