import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Purpose, Unit } from '#consent';
import type { Principal } from '#platform';
import { ConsentGate, type GatedResult } from '../../consent-gate/data/consent-gate.js';
import { unitOf } from '../../consent-gate/api/requester.js';
import { referralRecord } from '../data/referral-record.js';
import { Referral } from '../data/referral.entity.js';
import type { GetReferralQuery } from './get-referral.dto.js';

/** What each unit reads referrals for, unless it says otherwise. */
const DEFAULT_PURPOSE: Partial<Record<Unit, Purpose>> = { clinical: 'treatment', police: 'co-response', administration: 'referral' };

@Injectable()
export class GetReferralHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: ConsentGate,
  ) {}

  /** Every read goes through the gate: a denial and a missing referral are the same 404 (R10). */
  execute(id: string, q: GetReferralQuery, by: Principal, actingRole: string | undefined, now: Date): Promise<GatedResult<Record<string, unknown>>> {
    const unit = unitOf(by, actingRole);
    return this.dataSource.transaction(async (em) => {
      const referral = await em.findOneBy(Referral, { id });
      const rec = referral && referralRecord(referral);
      return this.gate.read(
        em,
        {
          recordType: 'referral',
          record: rec?.data ?? null,
          recordFacts: rec ? { studentId: rec.studentId, ...rec.record } : { studentId: '' },
          recordId: id,
          requester: by,
          actingRole,
          purpose: q.purpose ?? (unit && DEFAULT_PURPOSE[unit]) ?? 'referral',
          ...(q.caseId ? { caseId: q.caseId } : {}),
          notFound: { code: 'REFERRAL.NOT_FOUND', detail: 'No such referral' },
        },
        now,
      );
    });
  }
}
