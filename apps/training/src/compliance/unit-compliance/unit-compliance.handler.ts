import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { districtDay } from '../../calendar/domain/district-time.js';
import type { UnitComplianceResponse } from '../api/compliance.responses.js';
import { complianceOf, unitRows } from '../data/compliance-report.js';
import { districtTimeZone } from '#platform';

/** A unit's active staff judged as of a district day (default today); only those out of compliance are listed. */
@Injectable()
export class UnitComplianceHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(unit: string, asOfDay: string | undefined, now: Date): Promise<UnitComplianceResponse> {
    const em = this.dataSource.manager;
    const asOf = asOfDay ?? districtDay(now, districtTimeZone());
    const reports = await complianceOf(em, await unitRows(em, unit), asOf);
    return {
      unit,
      asOf,
      evaluated: reports.length,
      compliant: reports.filter((r) => r.compliant).length,
      outOfCompliance: reports
        .filter((r) => !r.compliant)
        .map((r) => ({ staffId: r.staffId, employeeId: r.employeeId, role: r.role, reasons: r.requirements.filter((q) => !q.met).map((q) => q.reason!) })),
    };
  }
}
