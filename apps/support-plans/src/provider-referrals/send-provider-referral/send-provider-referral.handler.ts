import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { communityProvider, decideFor, disclosureEntry, type Decision } from '#consent';
import { Problem } from '#platform';
import { CommunityProvider } from '../../community-providers/data/community-provider.entity.js';
import { ConsentGate } from '../../consent-gate/data/consent-gate.js';
import { DisclosureLog } from '../../disclosures/data/disclosure-log.js';
import { SupportPlan } from '../../support-plans/data/support-plan.entity.js';
import { ProviderReferral } from '../data/provider-referral.entity.js';

/** What a provider receives about the plan: who, where, what for; no notes, no reviews. */
export const PROVIDER_FIELDS = ['studentId', 'campusId', 'goals', 'services', 'status'];

/**
 * Outbound referrals to community providers. Sending discloses the plan's referral fields to the
 * provider, so it goes through libs/consent like any disclosure: a consent in force naming the
 * provider (R4; R5 and the 2.32 notice for a Part 2 program), and an entry in the record of
 * disclosures in the same transaction (R7).
 */
@Injectable()
export class SendProviderReferralHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: ConsentGate,
    private readonly disclosures: DisclosureLog,
  ) {}

  execute(planId: string, providerId: string, sentBy: string, now: Date): Promise<ProviderReferral> {
    return this.dataSource.transaction(async (em) => {
      const plan = await em.findOneBy(SupportPlan, { id: planId });
      if (!plan) throw Problem.notFound('SUPPORT_PLAN.NOT_FOUND', `No support plan ${planId}`);
      const provider = await em.findOneBy(CommunityProvider, { id: providerId, active: true });
      if (!provider) throw Problem.notFound('PROVIDER.NOT_FOUND', `No active community provider ${providerId}`);
      const decision = await this.decide(em, plan, providerId, now);
      if (!decision.allow || !decision.classes?.length) {
        throw new Problem(422, 'PROVIDER_REFERRAL.CONSENT_REQUIRED', `No consent in force names provider ${providerId} (as provider:${providerId}) for treatment`, {
          ruleIds: decision.ruleIds,
        });
      }
      const consentIds = [...new Set(Object.values(decision.bases ?? {}).flatMap((b) => (b?.kind === 'consent' && b.id ? [b.id] : [])))];
      // A Part 2 program's records are SUD records: what it is sent and sends back carries the notice (42 CFR 2.32).
      const notices = [...new Set([...(decision.notices ?? []), ...(provider.part2Program ? [this.gate.policy.part2RedisclosureNotice] : [])])];
      const referral = await em.save(
        em.create(ProviderReferral, {
          planId, studentId: plan.studentId, providerId, consentIds, classes: decision.classes, notices,
          status: 'sent', firstAppointmentOn: null, sentBy, sentAt: now, statusChangedAt: now, statusChangedBy: sentBy,
        }),
      );
      await this.logDisclosure(em, plan, providerId, decision, now);
      return referral;
    });
  }

  private async decide(em: EntityManager, plan: SupportPlan, providerId: string, now: Date): Promise<Decision> {
    const facts = await this.gate.loadFacts(em, plan.studentId, now);
    return decideFor(
      communityProvider(providerId),
      { studentId: plan.studentId, recordType: 'support-plan', purpose: 'treatment', fields: PROVIDER_FIELDS },
      { ...facts, teamMemberships: [], record: { studentId: plan.studentId } },
      now,
    );
  }

  /** R7: the provider as the recipient (a stand-in staff role only satisfies disclosureEntry's shape; the entry names the provider). */
  private async logDisclosure(em: EntityManager, plan: SupportPlan, providerId: string, decision: Decision, now: Date): Promise<void> {
    const entry = disclosureEntry(
      decision,
      { requester: { id: `provider:${providerId}`, role: 'admin' }, studentId: plan.studentId, recordType: 'support-plan', purpose: 'treatment' },
      now,
      this.gate.policy,
    );
    if (!entry) return;
    await this.disclosures.append(em, { ...entry, toWhom: { id: `provider:${providerId}`, unit: 'community' }, recordId: plan.id, channel: 'referral' });
  }
}
