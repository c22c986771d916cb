import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { teamMayProvideCare, type Purpose, type RecordFacts, type RecordType } from '#consent';
import { Problem, type Principal } from '#platform';
import { ConsentGate } from '../../consent-gate/data/consent-gate.js';
import { GatedReads } from '../../consent-gate/data/gated-reads.js';
import { ConsentResponse } from '../../consents/api/consent.response.js';
import { consentHistory } from '../../consents/data/consent-history.js';
import { DisclosureResponse } from '../../disclosures/api/disclosure.response.js';
import { disclosureEntries } from '../../disclosures/data/disclosure-entries.js';
import { referralRecord } from '../../referrals/data/referral-record.js';
import { Referral } from '../../referrals/data/referral.entity.js';
import { SafetyPlan } from '../../safety-plans/data/safety-plan.entity.js';
import { safetyPlanView } from '../../safety-plans/data/safety-plan.view.js';
import { Student } from '../data/student.entity.js';
import { StudentResponse } from '../api/student.response.js';
import { SupportPlan, SupportPlanReview } from '../../support-plans/data/support-plan.entity.js';
import { supportPlanView } from '../../support-plans/data/support-plan.view.js';
import { ThreatCase } from '../../threat-assessments/data/threat-case.entity.js';
import type { ThreatCaseResponse } from '../../threat-assessments/api/threat-case.response.js';
import { loadThreatCaseView } from '../../threat-assessments/data/threat-case.view.js';
import type { StudentViewResponse } from './student-view.response.js';

const DISCLOSURES_SHOWN = 500;

interface Item {
  recordType: RecordType;
  id: string;
  record: object;
  facts: RecordFacts;
  purpose: Purpose;
}

/**
 * One student for a clinician, in one transaction. Every record still goes through the consent
 * gate one by one (a referral's PSY-NOTE stays with its author and supervisors), and each read is
 * logged, flagged exempt, like any other in-unit read (R7 policy).
 */
@Injectable()
export class StudentViewHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: GatedReads,
    private readonly gate: ConsentGate,
  ) {}

  async execute(studentId: string, by: Principal, actingRole: string | undefined, now: Date): Promise<StudentViewResponse> {
    // The record of disclosures as it stood before this call, so the view's own reads do not crowd it.
    const disclosures = (await disclosureEntries(this.dataSource.manager, studentId, 0, DISCLOSURES_SHOWN)).map((r) => DisclosureResponse.from(r));
    const consents = (await consentHistory(this.dataSource.manager, studentId)).map((c) => ConsentResponse.from(c, now));
    return this.reads.transaction(async (em) => {
      const student = await em.findOneBy(Student, { studentId });
      const facts = await this.gate.loadFacts(em, studentId, now);
      const care = teamMayProvideCare(facts.student, facts.consents, now, facts.policy);
      const read = <T>(items: Item[]) => this.readAll(em, items, by, actingRole, now) as Promise<T[]>;
      return {
        studentId,
        student: student && StudentResponse.from(student),
        care: { allowed: care.allow, reason: care.reason, consentId: care.consentId ?? null },
        referrals: await read(await this.referrals(em, studentId)),
        supportPlans: await read(await this.supportPlans(em, studentId)),
        safetyPlans: await read(await this.safetyPlans(em, studentId)),
        threatAssessments: await read<ThreatCaseResponse>(await this.threatCases(em, studentId)),
        consents,
        disclosures,
      };
    });
  }

  private async readAll(em: EntityManager, items: Item[], by: Principal, actingRole: string | undefined, now: Date): Promise<Record<string, unknown>[]> {
    const shown: Record<string, unknown>[] = [];
    for (const it of items) {
      try {
        const r = await this.gate.read(
          em,
          { recordType: it.recordType, record: it.record, recordFacts: it.facts, recordId: it.id, requester: by, actingRole, purpose: it.purpose, notFound: { code: 'NOT_FOUND', detail: it.id } },
          now,
        );
        shown.push({ ...r.data, ...(r.notices ? { notices: r.notices } : {}) });
      } catch (err) {
        // A record this caller may not read is left out without a trace (R10).
        if (!(err instanceof Problem && err.status === 404)) throw err;
      }
    }
    return shown;
  }

  private async referrals(em: EntityManager, studentId: string): Promise<Item[]> {
    const rows = await em.find(Referral, { where: { studentId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((r) => {
      const rec = referralRecord(r);
      return { recordType: 'referral', id: r.id, record: rec.data, facts: { studentId, ...rec.record }, purpose: 'treatment' };
    });
  }

  private async supportPlans(em: EntityManager, studentId: string): Promise<Item[]> {
    const plans = await em.find(SupportPlan, { where: { studentId }, order: { startedAt: 'ASC', id: 'ASC' } });
    const items: Item[] = [];
    for (const p of plans) {
      const reviews = await em.find(SupportPlanReview, { where: { planId: p.id }, order: { reviewedAt: 'ASC', id: 'ASC' } });
      items.push({ recordType: 'support-plan', id: p.id, record: supportPlanView(p, reviews), facts: { studentId, authorId: p.startedBy }, purpose: 'treatment' });
    }
    return items;
  }

  private async safetyPlans(em: EntityManager, studentId: string): Promise<Item[]> {
    const plans = await em.find(SafetyPlan, { where: { studentId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return plans.map((p) => ({
      recordType: 'safety-plan',
      id: p.id,
      record: safetyPlanView(p),
      facts: { studentId, authorId: p.createdBy, ...(p.caseId ? { caseId: p.caseId } : {}) },
      purpose: 'treatment',
    }));
  }

  private async threatCases(em: EntityManager, studentId: string): Promise<Item[]> {
    const cases = await em.find(ThreatCase, { where: { studentId }, order: { openedAt: 'ASC', id: 'ASC' } });
    const items: Item[] = [];
    for (const c of cases) {
      const view = (await loadThreatCaseView(em, c.id))!;
      items.push({ recordType: 'threat-assessment', id: c.id, record: view, facts: { studentId, caseId: c.id }, purpose: 'threat-assessment' });
    }
    return items;
  }
}
