import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StaffEligibility } from '../data/staff-eligibility.entity.js';
import { assertOnRoster } from '../data/staff-records.js';

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
    await assertOnRoster(em, staffId);
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
