import { campusId, date, dateTime, defineEvent, studentId, uuid } from '../define-event.js';
import { Nullable, Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';
import { staffRef } from './staff-ref.js';

export const SUPPORT_PLAN_TOPIC = 'support.plan.v1';

export const SUPPORT_INTERVENTION_VALUES = [
  'individual-counseling', 'group-counseling', 'family-sessions', 'check-in-check-out', 'skills-group',
  'crisis-follow-up', 'psychiatric-referral', 'community-referral', 'academic-support', 'mentoring',
] as const;
export const SUPPORT_PLAN_STATUS_VALUES = ['active', 'completed', 'discontinued'] as const;
export const SUPPORT_PLAN_REVIEW_OUTCOME_VALUES = ['continue', 'complete', 'discontinue'] as const;

/** Intervention types and counts only: goals stay in the service. */
const plan = {
  planId: uuid,
  studentId,
  assignedClinicianId: staffRef,
  interventionTypes: Type.Array(StringEnum(SUPPORT_INTERVENTION_VALUES)),
  goalCount: Type.Integer({ minimum: 0 }),
  nextReviewOn: date,
};

export const SupportPlanStartedSchema = Payload({ ...plan, campusId, referralId: Nullable(uuid), startedAt: dateTime });
export type SupportPlanStarted = Static<typeof SupportPlanStartedSchema>;

export const SupportPlanStartedEvent = defineEvent({
  type: 'support.plan.started',
  topic: SUPPORT_PLAN_TOPIC,
  version: 1,
  summary: 'A support plan started (care began). Intervention types and counts only; goals stay in the service.',
  keyField: 'planId',
  schema: SupportPlanStartedSchema,
  example: {
    planId: '9b2f6a0e-3c1d-4e5f-8a7b-6c5d4e3f2a1b',
    studentId: 'S1000001',
    campusId: 'campus-hs-01',
    referralId: 'c63c72f4-0acc-49b8-9c19-3f723a97287c',
    assignedClinicianId: 'clinician-3',
    interventionTypes: ['individual-counseling', 'check-in-check-out'],
    goalCount: 2,
    nextReviewOn: '2026-12-15',
    startedAt: '2026-11-24T09:30:00.000Z',
  },
});

export const SupportPlanUpdatedSchema = Payload({ ...plan, version: Type.Integer({ minimum: 1 }), updatedAt: dateTime });
export type SupportPlanUpdated = Static<typeof SupportPlanUpdatedSchema>;

export const SupportPlanUpdatedEvent = defineEvent({
  type: 'support.plan.updated',
  topic: SUPPORT_PLAN_TOPIC,
  version: 1,
  summary: 'A support plan changed (goals, interventions, clinician or review date). Whole state, no free text.',
  keyField: 'planId',
  schema: SupportPlanUpdatedSchema,
  example: {
    planId: '9b2f6a0e-3c1d-4e5f-8a7b-6c5d4e3f2a1b',
    studentId: 'S1000001',
    assignedClinicianId: 'clinician-4',
    interventionTypes: ['individual-counseling'],
    goalCount: 3,
    nextReviewOn: '2027-01-12',
    version: 2,
    updatedAt: '2026-12-01T10:00:00.000Z',
  },
});

export const SupportPlanReviewedSchema = Payload({
  planId: uuid,
  studentId,
  reviewId: uuid,
  outcome: StringEnum(SUPPORT_PLAN_REVIEW_OUTCOME_VALUES),
  status: StringEnum(SUPPORT_PLAN_STATUS_VALUES),
  reviewedBy: staffRef,
  reviewedAt: dateTime,
  nextReviewOn: Nullable(date),
});
export type SupportPlanReviewed = Static<typeof SupportPlanReviewedSchema>;

export const SupportPlanReviewedEvent = defineEvent({
  type: 'support.plan.reviewed',
  topic: SUPPORT_PLAN_TOPIC,
  version: 1,
  summary: 'A support plan was reviewed: continued (next review date), completed or discontinued. No review text.',
  keyField: 'planId',
  schema: SupportPlanReviewedSchema,
  example: {
    planId: '9b2f6a0e-3c1d-4e5f-8a7b-6c5d4e3f2a1b',
    studentId: 'S1000001',
    reviewId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    outcome: 'continue',
    status: 'active',
    reviewedBy: 'clinician-3',
    reviewedAt: '2026-12-15T15:00:00.000Z',
    nextReviewOn: '2027-01-12',
  },
});
