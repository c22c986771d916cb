import { Injectable } from '@nestjs/common';
import type { Purpose } from '#consent';
import type { Principal } from '#platform';
import { ConsentGate, disclosedData } from '../../consent-gate/data/consent-gate.js';
import { GatedReads } from '../../consent-gate/data/gated-reads.js';
import { CLINICAL_READ_PURPOSES, readPurpose } from '../../consent-gate/api/read-purpose.js';
import type { SupportPlanResponse } from '../api/support-plan.response.js';
import { loadSupportPlanView } from '../data/support-plan.view.js';

/** Through the consent gate: clinicians as school officials, others only under a consent or grant (R3a, R6), else like a missing plan (R10). */
@Injectable()
export class GetSupportPlanHandler {
  constructor(
    private readonly reads: GatedReads,
    private readonly gate: ConsentGate,
  ) {}

  execute(id: string, asked: Purpose | undefined, by: Principal, actingRole: string | undefined, now: Date): Promise<SupportPlanResponse> {
    const purpose = readPurpose(asked, by, actingRole, CLINICAL_READ_PURPOSES, 'referral');
    return this.reads.transaction(async (em) => {
      const view = await loadSupportPlanView(em, id);
      const read = await this.gate.read(
        em,
        {
          recordType: 'support-plan',
          record: view,
          recordFacts: { studentId: view?.studentId ?? '', ...(view ? { authorId: view.startedBy } : {}) },
          recordId: id,
          requester: by,
          actingRole,
          purpose,
          notFound: { code: 'SUPPORT_PLAN.NOT_FOUND', detail: `No support plan ${id}` },
        },
        now,
      );
      return disclosedData(read);
    });
  }
}
