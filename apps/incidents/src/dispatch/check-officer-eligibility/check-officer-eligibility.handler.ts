import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface OfficerEligibility {
  staffId: string;
  on: string;
  citCertified: boolean;
  /** Last day covered by the longest-running current CIT certification; null if none or never expires. */
  citValidThrough: string | null;
}

/** Co-responder eligibility, officer half (policy): a current, unrevoked CIT certification. */
@Injectable()
export class CheckOfficerEligibilityHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(staffId: string, on: string): Promise<OfficerEligibility> {
    const rows: { expires_on: string | null }[] = await this.dataSource.query(
      `SELECT to_char(expires_on, 'YYYY-MM-DD') AS expires_on FROM officer_certification
        WHERE staff_id = $1 AND category = 'cit' AND NOT revoked
          AND issued_on <= $2::date AND (expires_on IS NULL OR expires_on > $2::date)
        ORDER BY expires_on DESC NULLS FIRST LIMIT 1`,
      [staffId, on],
    );
    const current = rows[0];
    return {
      staffId,
      on,
      citCertified: current !== undefined,
      citValidThrough: current?.expires_on ? dayBefore(current.expires_on) : null,
    };
  }
}

function dayBefore(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
