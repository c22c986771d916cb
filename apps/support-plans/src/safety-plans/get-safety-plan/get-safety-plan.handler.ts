import { Injectable } from '@nestjs/common';
import type { Purpose, Unit } from '#consent';
import type { Principal } from '#platform';
import { ConsentGate, disclosedData } from '../../consent-gate/data/consent-gate.js';
import { GatedReads } from '../../consent-gate/data/gated-reads.js';
import { readPurpose } from '../../consent-gate/api/read-purpose.js';
import { SafetyPlan } from '../data/safety-plan.entity.js';
import type { SafetyPlanResponse } from '../api/safety-plan.response.js';
import { safetyPlanView } from '../data/safety-plan.view.js';

/** Police and administrators read safety plans for the threat-assessment team unless they say otherwise. */
const DEFAULT_PURPOSE: Partial<Record<Unit, Purpose>> = { clinical: 'treatment', police: 'threat-assessment', administration: 'threat-assessment' };

/**
 * Through the consent gate. A member of the student's multidisciplinary team for the plan's case
 * sees the EDU-SAFETY summary (R3c, R11); a consent or a grant may open more (R3a, R6); anyone
 * else gets what a missing plan gets (R10).
 */
@Injectable()
export class GetSafetyPlanHandler {
  constructor(
    private readonly reads: GatedReads,
    private readonly gate: ConsentGate,
  ) {}

  execute(id: string, asked: Purpose | undefined, by: Principal, actingRole: string | undefined, now: Date): Promise<SafetyPlanResponse> {
    const purpose = readPurpose(asked, by, actingRole, DEFAULT_PURPOSE, 'threat-assessment');
    return this.reads.transaction(async (em) => {
      const plan = await em.findOneBy(SafetyPlan, { id });
      const read = await this.gate.read(
        em,
        {
          recordType: 'safety-plan',
          record: plan && safetyPlanView(plan),
          recordFacts: plan ? { studentId: plan.studentId, authorId: plan.createdBy, ...(plan.caseId ? { caseId: plan.caseId } : {}) } : { studentId: '' },
          recordId: id,
          requester: by,
          actingRole,
          purpose,
          notFound: { code: 'SAFETY_PLAN.NOT_FOUND', detail: `No safety plan ${id}` },
        },
        now,
      );
      return disclosedData(read);
    });
  }
}
