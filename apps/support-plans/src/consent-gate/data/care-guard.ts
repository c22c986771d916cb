import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { teamMayProvideCare } from '#consent';
import { Problem } from '#platform';
import { ConsentGate } from './consent-gate.js';

export const CARE_REFUSED = 'CARE.PARENTAL_CONSENT_REQUIRED';

/**
 * R11: before any mental-health care starts, a student under 18 needs a guardian's written
 * consent for treatment in force now. The facts come from the consent gate, so the same student
 * registry and consents decide care and disclosure.
 */
@Injectable()
export class CareGuard {
  constructor(private readonly gate: ConsentGate) {}

  /** The consent that allows care (undefined for an adult student); throws 422 when care is refused. */
  async assertMayProvideCare(em: EntityManager, studentId: string, now: Date): Promise<string | undefined> {
    const facts = await this.gate.loadFacts(em, studentId, now);
    const verdict = teamMayProvideCare(facts.student, facts.consents, now, facts.policy);
    if (!verdict.allow) {
      // The caller is a clinician of the owning unit: the reason is theirs to see (R13).
      throw new Problem(422, CARE_REFUSED, `No mental-health care for ${studentId}: ${verdict.reason}`, { ruleIds: verdict.ruleIds });
    }
    return verdict.consentId;
  }
}
