import type { EntityManager } from 'typeorm';
import { SafetyPlanRecordedEvent } from '#contracts';
import type { Outbox } from '#messaging';
import type { SafetyPlan } from './safety-plan.entity.js';

/** No content on the topic: the team reads the summary through the consent gate. */
export function publishSafetyPlanRecorded(em: EntityManager, outbox: Outbox, p: SafetyPlan) {
  return outbox.add(em, SafetyPlanRecordedEvent, {
    safetyPlanId: p.id,
    studentId: p.studentId,
    campusId: p.campusId,
    caseId: p.caseId,
    reviewOn: p.reviewOn,
    version: p.version,
    recordedBy: p.updatedBy,
    recordedAt: p.updatedAt.toISOString(),
  });
}
