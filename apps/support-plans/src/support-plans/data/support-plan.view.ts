import type { EntityManager } from 'typeorm';
import type { Goal, PlannedIntervention } from '../domain/support-plan.js';
import { SupportPlan, SupportPlanReview } from './support-plan.entity.js';

/** A plan as one record of type `support-plan`: every key is a labelled field (libs/consent). */
export interface SupportPlanView {
  id: string;
  studentId: string;
  campusId: string;
  referralId: string | null;
  assignedClinicianId: string;
  status: string;
  goals: Goal[];
  interventions: PlannedIntervention[];
  nextReviewOn: string | null;
  startedBy: string;
  startedAt: string;
  endedAt: string | null;
  updatedAt: string;
  version: number;
  reviews: {
    id: string;
    outcome: string;
    summary: string;
    dueOn: string;
    nextReviewOn: string | null;
    reviewedBy: string;
    reviewedAt: string;
  }[];
}

export function supportPlanView(p: SupportPlan, reviews: SupportPlanReview[]): SupportPlanView {
  return {
    id: p.id,
    studentId: p.studentId,
    campusId: p.campusId,
    referralId: p.referralId,
    assignedClinicianId: p.assignedClinicianId,
    status: p.status,
    goals: p.goals,
    interventions: p.interventions,
    nextReviewOn: p.nextReviewOn,
    startedBy: p.startedBy,
    startedAt: p.startedAt.toISOString(),
    endedAt: p.endedAt?.toISOString() ?? null,
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
    reviews: reviews.map((r) => ({
      id: r.id,
      outcome: r.outcome,
      summary: r.summary,
      dueOn: r.dueOn,
      nextReviewOn: r.nextReviewOn,
      reviewedBy: r.reviewedBy,
      reviewedAt: r.reviewedAt.toISOString(),
    })),
  };
}

export async function loadSupportPlanView(em: EntityManager, id: string): Promise<SupportPlanView | null> {
  // Both queries whether or not the plan exists: a miss must cost what a denial costs (R10).
  const plan = await em.findOneBy(SupportPlan, { id });
  const reviews = await em.find(SupportPlanReview, { where: { planId: id }, order: { reviewedAt: 'ASC', id: 'ASC' } });
  return plan && supportPlanView(plan, reviews);
}
