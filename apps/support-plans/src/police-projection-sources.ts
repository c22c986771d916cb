import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { fieldsOf, type RecordFacts, type RecordType } from '#consent';
import type { ProjectableRecord, ProjectionSource } from './share-with-police/projection-source.js';
import { PolicePublisher } from './share-with-police/police-publisher.js';
import { SafetyPlan } from './safety-plans/safety-plan.entity.js';
import { safetyPlanView } from './safety-plans/safety-plan.view.js';
import { SupportPlan } from './support-plans/support-plan.entity.js';
import { loadSupportPlanView } from './support-plans/support-plan.view.js';
import { ThreatCase } from './threat-assessments/threat-case.entity.js';
import { loadThreatCaseView } from './threat-assessments/threat-case.view.js';

/** Every labelled field of the record type, null where the record has none (which are set must not show, R10). */
function projectable(recordType: RecordType, view: { id: string; studentId: string }, record: Omit<RecordFacts, 'studentId'>): ProjectableRecord {
  const plain = view as unknown as Record<string, unknown>;
  return {
    recordType,
    recordId: view.id,
    studentId: view.studentId,
    data: Object.fromEntries(fieldsOf(recordType).map((f) => [f, plain[f] ?? null])),
    record,
  };
}

export async function supportPlanRecord(em: EntityManager, id: string): Promise<ProjectableRecord> {
  const view = (await loadSupportPlanView(em, id))!;
  return projectable('support-plan', view, { authorId: view.startedBy });
}

export function safetyPlanRecord(p: SafetyPlan): ProjectableRecord {
  return projectable('safety-plan', safetyPlanView(p), { authorId: p.createdBy, ...(p.caseId ? { caseId: p.caseId } : {}) });
}

export async function threatCaseRecord(em: EntityManager, id: string): Promise<ProjectableRecord> {
  return projectable('threat-assessment', (await loadThreatCaseView(em, id))!, { caseId: id });
}

/**
 * The clinical records offered to the police projection (share-with-police): when a consent or a
 * grant names the police unit, libs/consent decides field by field what crosses (R3a, R6, R9).
 * Team membership never applies there: a topic is read by the whole unit.
 */
@Injectable()
export class SupportPlanProjectionSource implements ProjectionSource {
  readonly recordType = 'support-plan' as const;

  async forStudent(em: EntityManager, studentId: string): Promise<ProjectableRecord[]> {
    const plans = await em.find(SupportPlan, { where: { studentId }, order: { startedAt: 'ASC', id: 'ASC' } });
    const out: ProjectableRecord[] = [];
    for (const p of plans) out.push(await supportPlanRecord(em, p.id));
    return out;
  }
}

@Injectable()
export class SafetyPlanProjectionSource implements ProjectionSource {
  readonly recordType = 'safety-plan' as const;

  async forStudent(em: EntityManager, studentId: string): Promise<ProjectableRecord[]> {
    return (await em.find(SafetyPlan, { where: { studentId }, order: { createdAt: 'ASC', id: 'ASC' } })).map(safetyPlanRecord);
  }
}

@Injectable()
export class ThreatCaseProjectionSource implements ProjectionSource {
  readonly recordType = 'threat-assessment' as const;

  async forStudent(em: EntityManager, studentId: string): Promise<ProjectableRecord[]> {
    const cases = await em.find(ThreatCase, { where: { studentId }, order: { openedAt: 'ASC', id: 'ASC' } });
    const out: ProjectableRecord[] = [];
    for (const c of cases) out.push(await threatCaseRecord(em, c.id));
    return out;
  }
}

/** After a clinical record changed: offer it to the police projection again, in the same transaction. */
@Injectable()
export class ClinicalProjection {
  constructor(private readonly police: PolicePublisher) {}

  async supportPlan(em: EntityManager, id: string, now: Date): Promise<void> {
    await this.police.publishRecord(em, await supportPlanRecord(em, id), now);
  }

  async safetyPlan(em: EntityManager, plan: SafetyPlan, now: Date): Promise<void> {
    await this.police.publishRecord(em, safetyPlanRecord(plan), now);
  }

  async threatCase(em: EntityManager, id: string, now: Date): Promise<void> {
    await this.police.publishRecord(em, await threatCaseRecord(em, id), now);
  }
}
