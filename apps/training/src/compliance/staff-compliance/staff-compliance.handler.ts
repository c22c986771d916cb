import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { districtTimeZone, Problem } from '#platform';
import { districtDay } from '../../calendar/domain/district-time.js';
import { complianceOf, personRows, type PersonCompliance } from '../data/compliance-report.js';

/** One person on the roster, judged as of a district day (default today). */
@Injectable()
export class StaffComplianceHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(staffId: string, asOf: string | undefined, now: Date): Promise<PersonCompliance> {
    const em = this.dataSource.manager;
    const people = await personRows(em, staffId);
    if (people.length === 0) throw Problem.notFound('COMPLIANCE.UNKNOWN_STAFF', `Staff member ${staffId} is not on the roster training knows`);
    const [report] = await complianceOf(em, people, asOf ?? districtDay(now, districtTimeZone()));
    return report;
  }
}
