import type { SUPPORT_INTERVENTION_VALUES, SUPPORT_PLAN_REVIEW_OUTCOME_VALUES, SUPPORT_PLAN_STATUS_VALUES } from '#contracts';
import { isCare } from '../../consent-gate/domain/care.js';

export type SupportPlanStatus = (typeof SUPPORT_PLAN_STATUS_VALUES)[number];
export type SupportInterventionType = (typeof SUPPORT_INTERVENTION_VALUES)[number];
export type ReviewOutcome = (typeof SUPPORT_PLAN_REVIEW_OUTCOME_VALUES)[number];

export interface Goal {
  description: string;
  /** YYYY-MM-DD */
  targetOn?: string;
}

export interface PlannedIntervention {
  type: SupportInterventionType;
  /** e.g. "weekly, 30 minutes" */
  frequency?: string;
  /** Staff id or community provider */
  provider?: string;
}

/** A plan with any care intervention is mental-health care (R11); mentoring or academic support alone is not. */
export const plansCare = (interventions: readonly PlannedIntervention[]) => interventions.some((i) => isCare(i.type));

/** Where a review takes the plan: continue keeps it active (with a next review date), the others end it. */
export const STATUS_AFTER_REVIEW: Record<ReviewOutcome, SupportPlanStatus> = {
  continue: 'active',
  complete: 'completed',
  discontinue: 'discontinued',
};
