import { Injectable } from '@nestjs/common';
import type { Principal } from '#platform';
import { ConsentGate, type GatedResult } from '../../consent-gate/data/consent-gate.js';
import { GatedReads } from '../../consent-gate/data/gated-reads.js';
import { CLINICAL_READ_PURPOSES, readPurpose } from '../../consent-gate/api/read-purpose.js';
import { referralRecord } from '../data/referral-record.js';
import { Referral } from '../data/referral.entity.js';
import type { GetReferralQuery } from './get-referral.dto.js';

@Injectable()
export class GetReferralHandler {
  constructor(
    private readonly reads: GatedReads,
    private readonly gate: ConsentGate,
  ) {}

  /** Every read goes through the gate: a denial and a missing referral are the same 404 (R10). */
  execute(id: string, q: GetReferralQuery, by: Principal, actingRole: string | undefined, now: Date): Promise<GatedResult<Record<string, unknown>>> {
    const purpose = readPurpose(q.purpose, by, actingRole, CLINICAL_READ_PURPOSES, 'referral');
    return this.reads.transaction(async (em) => {
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
          purpose,
          ...(q.caseId ? { caseId: q.caseId } : {}),
          notFound: { code: 'REFERRAL.NOT_FOUND', detail: 'No such referral' },
        },
        now,
      );
    });
  }
}
