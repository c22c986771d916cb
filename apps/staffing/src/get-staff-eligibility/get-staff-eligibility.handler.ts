import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import { StaffEligibility } from '../staff/staff-eligibility.entity.js';
import { StaffMember } from '../staff/staff-member.entity.js';

export interface StaffTrainingEligibility {
  staffId: string;
  citCertified: boolean;
  validThrough: string | null;
  reason: string | null;
  effectiveAt: string | null;
}

@Injectable()
export class GetStaffEligibilityHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(staffId: string): Promise<StaffTrainingEligibility> {
    const em = this.dataSource.manager;
    if (!(await em.existsBy(StaffMember, { id: staffId }))) throw Problem.notFound('STAFF.NOT_FOUND', `No staff member ${staffId}`);
    const e = await em.findOneBy(StaffEligibility, { staffId });
    return {
      staffId,
      citCertified: e?.citCertified ?? false,
      validThrough: e?.validThrough ?? null,
      reason: e?.reason ?? null,
      effectiveAt: e?.effectiveAt.toISOString() ?? null,
    };
  }
}
