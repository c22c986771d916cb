import type { EntityManager } from 'typeorm';
import { SupportPlanUpdatedEvent } from '#contracts';
import type { Outbox } from '#messaging';
import type { SupportPlan } from './support-plan.entity.js';

/** Whole state, categories and counts only: goals and frequencies stay in the service. */
export function publishPlanUpdated(em: EntityManager, outbox: Outbox, p: SupportPlan) {
  return outbox.add(em, SupportPlanUpdatedEvent, {
    planId: p.id,
    studentId: p.studentId,
    assignedClinicianId: p.assignedClinicianId,
    interventionTypes: p.interventions.map((i) => i.type),
    goalCount: p.goals.length,
    nextReviewOn: p.nextReviewOn!,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  });
}
