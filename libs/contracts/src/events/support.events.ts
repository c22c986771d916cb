import { campusId, date, dateTime, defineEvent, studentId, uuid } from './define-event.js';
import type { JsonSchema } from './json-schema.js';

/** Clinical-side topic: read by the clinical service only; police-side consumers never subscribe. */
export const SUPPORT_REFERRAL_TOPIC = 'support.referral.v1';

export const REFERRAL_SOURCE_VALUES = ['incident', 'staff', 'self', 'parent'] as const;

/** Carries no reason text: clinical free text stays in the support-plans service. */
export interface ReferralReceived {
  referralId: string;
  studentId: string;
  campusId: string;
  source: (typeof REFERRAL_SOURCE_VALUES)[number];
  incidentId: string | null;
}

export const ReferralReceivedEvent = defineEvent<ReferralReceived>({
  type: 'support.referral.received',
  topic: SUPPORT_REFERRAL_TOPIC,
  version: 1,
  summary: 'A referral to behavioral health was recorded. No clinical free text.',
  keyField: 'referralId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['referralId', 'studentId', 'campusId', 'source', 'incidentId'],
    properties: {
      referralId: uuid,
      studentId,
      campusId,
      source: { type: 'string', enum: REFERRAL_SOURCE_VALUES },
      incidentId: { type: ['string', 'null'], format: 'uuid' },
    },
  },
  example: { referralId: 'c63c72f4-0acc-49b8-9c19-3f723a97287c', studentId: 'S1000001', campusId: 'campus-hs-01', source: 'staff', incidentId: null },
});

// ---- Referral decisions, support plans, safety plans and threat assessments (clinical-only topics).
// None of these events carries free text: reasons, goals, plans and findings stay in the service.

const nullableUuid: JsonSchema = { type: ['string', 'null'], format: 'uuid' };
const nullableDate: JsonSchema = { type: ['string', 'null'], format: 'date' };
const staffRef: JsonSchema = { type: 'string', minLength: 1, maxLength: 128, description: 'Staff id at the identity provider' };

export const REFERRAL_DECLINE_REASON_VALUES = [
  'no-clinical-need', 'already-in-services', 'served-elsewhere', 'family-declined', 'duplicate', 'outside-district', 'other',
] as const;

interface ReferralDecided {
  referralId: string;
  studentId: string;
  campusId: string;
  source: (typeof REFERRAL_SOURCE_VALUES)[number];
  incidentId: string | null;
  decidedBy: string;
  decidedAt: string;
}

export interface ReferralAccepted extends ReferralDecided {
  assignedClinicianId: string | null;
}

export interface ReferralDeclined extends ReferralDecided {
  declineReason: (typeof REFERRAL_DECLINE_REASON_VALUES)[number];
}

const decidedProperties = {
  referralId: uuid,
  studentId,
  campusId,
  source: { type: 'string', enum: REFERRAL_SOURCE_VALUES },
  incidentId: nullableUuid,
  decidedBy: staffRef,
  decidedAt: dateTime,
} satisfies Record<string, JsonSchema>;
const decidedRequired = ['referralId', 'studentId', 'campusId', 'source', 'incidentId', 'decidedBy', 'decidedAt'];
const decidedExample = {
  referralId: 'c63c72f4-0acc-49b8-9c19-3f723a97287c',
  studentId: 'S1000001',
  campusId: 'campus-hs-01',
  source: 'incident' as const,
  incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
  decidedBy: 'clinician-3',
  decidedAt: '2026-11-24T09:00:00.000Z',
};

export const ReferralAcceptedEvent = defineEvent<ReferralAccepted>({
  type: 'support.referral.accepted',
  topic: SUPPORT_REFERRAL_TOPIC,
  version: 1,
  summary: 'A clinician accepted a referral. No reason text.',
  keyField: 'referralId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: [...decidedRequired, 'assignedClinicianId'],
    properties: { ...decidedProperties, assignedClinicianId: { type: ['string', 'null'], maxLength: 128 } },
  },
  example: { ...decidedExample, assignedClinicianId: 'clinician-3' },
});

export const ReferralDeclinedEvent = defineEvent<ReferralDeclined>({
  type: 'support.referral.declined',
  topic: SUPPORT_REFERRAL_TOPIC,
  version: 1,
  summary: 'A clinician declined a referral, with a categorical reason (the written reason stays in the service).',
  keyField: 'referralId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: [...decidedRequired, 'declineReason'],
    properties: { ...decidedProperties, declineReason: { type: 'string', enum: REFERRAL_DECLINE_REASON_VALUES } },
  },
  example: { ...decidedExample, declineReason: 'already-in-services' },
});

export const SUPPORT_PLAN_TOPIC = 'support.plan.v1';

export const SUPPORT_INTERVENTION_VALUES = [
  'individual-counseling', 'group-counseling', 'family-sessions', 'check-in-check-out', 'skills-group',
  'crisis-follow-up', 'psychiatric-referral', 'community-referral', 'academic-support', 'mentoring',
] as const;
export const SUPPORT_PLAN_STATUS_VALUES = ['active', 'completed', 'discontinued'] as const;
export const SUPPORT_PLAN_REVIEW_OUTCOME_VALUES = ['continue', 'complete', 'discontinue'] as const;

export interface SupportPlanStarted {
  planId: string;
  studentId: string;
  campusId: string;
  referralId: string | null;
  assignedClinicianId: string;
  interventionTypes: (typeof SUPPORT_INTERVENTION_VALUES)[number][];
  goalCount: number;
  nextReviewOn: string;
  startedAt: string;
}

const planProperties = {
  planId: uuid,
  studentId,
  assignedClinicianId: staffRef,
  interventionTypes: { type: 'array', items: { type: 'string', enum: SUPPORT_INTERVENTION_VALUES } },
  goalCount: { type: 'integer', minimum: 0 },
  nextReviewOn: date,
} satisfies Record<string, JsonSchema>;

export const SupportPlanStartedEvent = defineEvent<SupportPlanStarted>({
  type: 'support.plan.started',
  topic: SUPPORT_PLAN_TOPIC,
  version: 1,
  summary: 'A support plan started (care began). Intervention types and counts only; goals stay in the service.',
  keyField: 'planId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['planId', 'studentId', 'campusId', 'referralId', 'assignedClinicianId', 'interventionTypes', 'goalCount', 'nextReviewOn', 'startedAt'],
    properties: { ...planProperties, campusId, referralId: nullableUuid, startedAt: dateTime },
  },
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

export interface SupportPlanUpdated {
  planId: string;
  studentId: string;
  assignedClinicianId: string;
  interventionTypes: (typeof SUPPORT_INTERVENTION_VALUES)[number][];
  goalCount: number;
  nextReviewOn: string;
  version: number;
  updatedAt: string;
}

export const SupportPlanUpdatedEvent = defineEvent<SupportPlanUpdated>({
  type: 'support.plan.updated',
  topic: SUPPORT_PLAN_TOPIC,
  version: 1,
  summary: 'A support plan changed (goals, interventions, clinician or review date). Whole state, no free text.',
  keyField: 'planId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['planId', 'studentId', 'assignedClinicianId', 'interventionTypes', 'goalCount', 'nextReviewOn', 'version', 'updatedAt'],
    properties: { ...planProperties, version: { type: 'integer', minimum: 1 }, updatedAt: dateTime },
  },
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

export interface SupportPlanReviewed {
  planId: string;
  studentId: string;
  reviewId: string;
  outcome: (typeof SUPPORT_PLAN_REVIEW_OUTCOME_VALUES)[number];
  status: (typeof SUPPORT_PLAN_STATUS_VALUES)[number];
  reviewedBy: string;
  reviewedAt: string;
  nextReviewOn: string | null;
}

export const SupportPlanReviewedEvent = defineEvent<SupportPlanReviewed>({
  type: 'support.plan.reviewed',
  topic: SUPPORT_PLAN_TOPIC,
  version: 1,
  summary: 'A support plan was reviewed: continued (next review date), completed or discontinued. No review text.',
  keyField: 'planId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['planId', 'studentId', 'reviewId', 'outcome', 'status', 'reviewedBy', 'reviewedAt', 'nextReviewOn'],
    properties: {
      planId: uuid,
      studentId,
      reviewId: uuid,
      outcome: { type: 'string', enum: SUPPORT_PLAN_REVIEW_OUTCOME_VALUES },
      status: { type: 'string', enum: SUPPORT_PLAN_STATUS_VALUES },
      reviewedBy: staffRef,
      reviewedAt: dateTime,
      nextReviewOn: nullableDate,
    },
  },
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

export const SUPPORT_SAFETY_PLAN_TOPIC = 'support.safety-plan.v1';

export interface SafetyPlanRecorded {
  safetyPlanId: string;
  studentId: string;
  campusId: string;
  caseId: string | null;
  reviewOn: string | null;
  version: number;
  recordedBy: string;
  recordedAt: string;
}

export const SafetyPlanRecordedEvent = defineEvent<SafetyPlanRecorded>({
  type: 'support.safety-plan.recorded',
  topic: SUPPORT_SAFETY_PLAN_TOPIC,
  version: 1,
  summary: 'A safety plan was written or revised (version 1 is the first). No plan content: it is read through the consent rules.',
  keyField: 'safetyPlanId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['safetyPlanId', 'studentId', 'campusId', 'caseId', 'reviewOn', 'version', 'recordedBy', 'recordedAt'],
    properties: {
      safetyPlanId: uuid,
      studentId,
      campusId,
      caseId: nullableUuid,
      reviewOn: nullableDate,
      version: { type: 'integer', minimum: 1 },
      recordedBy: staffRef,
      recordedAt: dateTime,
    },
  },
  example: {
    safetyPlanId: '3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7',
    studentId: 'S1000002',
    campusId: 'campus-ms-02',
    caseId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    reviewOn: '2026-12-08',
    version: 1,
    recordedBy: 'clinician-3',
    recordedAt: '2026-11-24T10:00:00.000Z',
  },
});

export const SUPPORT_THREAT_CASE_TOPIC = 'support.threat-case.v1';

export const THREAT_CASE_ORIGIN_VALUES = ['incident', 'tip'] as const;
export const TEAM_DISCIPLINE_VALUES = ['police', 'clinician', 'administrator'] as const;
/** The pathway to violence, in order; `none` when a screening found no step on it. */
export const PATHWAY_STAGE_VALUES = ['none', 'grievance', 'ideation', 'research-planning', 'preparation', 'breach', 'attack'] as const;
export const CONCERN_LEVEL_VALUES = ['low', 'moderate', 'high', 'imminent'] as const;
export const THREAT_INTERVENTION_VALUES = [
  'mental-health-assessment-referral', 'counseling', 'safety-plan', 'supervision-plan', 'parent-conference',
  'schedule-change', 'law-enforcement-follow-up', 'disciplinary-review', 'monitoring',
] as const;
export const THREAT_CASE_CLOSURE_VALUES = ['resolved', 'unfounded', 'ongoing-support', 'transferred'] as const;

const caseExample = { caseId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', studentId: 'S1000002' };

export interface ThreatCaseOpened {
  caseId: string;
  studentId: string;
  campusId: string;
  origin: (typeof THREAT_CASE_ORIGIN_VALUES)[number];
  incidentId: string | null;
  tipId: string | null;
  openedAt: string;
}

export const ThreatCaseOpenedEvent = defineEvent<ThreatCaseOpened>({
  type: 'support.threat-case.opened',
  topic: SUPPORT_THREAT_CASE_TOPIC,
  version: 1,
  summary: 'A threat-assessment case was opened for a student, from an incident or a tip (TEC 37.115).',
  keyField: 'caseId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['caseId', 'studentId', 'campusId', 'origin', 'incidentId', 'tipId', 'openedAt'],
    properties: {
      caseId: uuid,
      studentId,
      campusId,
      origin: { type: 'string', enum: THREAT_CASE_ORIGIN_VALUES },
      incidentId: nullableUuid,
      tipId: nullableUuid,
      openedAt: dateTime,
    },
  },
  example: { ...caseExample, campusId: 'campus-ms-02', origin: 'tip', incidentId: null, tipId: '5d4c3b2a-1908-4f7e-8d6c-5b4a39281706', openedAt: '2026-11-24T08:15:02.000Z' },
});

export interface ThreatTeamChanged {
  caseId: string;
  studentId: string;
  memberId: string;
  discipline: (typeof TEAM_DISCIPLINE_VALUES)[number];
  change: 'added' | 'removed';
  /** Police, clinician and administrator all on the team (R11). */
  teamComplete: boolean;
  at: string;
}

export const ThreatTeamChangedEvent = defineEvent<ThreatTeamChanged>({
  type: 'support.threat-case.team-changed',
  topic: SUPPORT_THREAT_CASE_TOPIC,
  version: 1,
  summary: 'A member joined or left a threat-assessment team; says whether the team is multidisciplinary (R11).',
  keyField: 'caseId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['caseId', 'studentId', 'memberId', 'discipline', 'change', 'teamComplete', 'at'],
    properties: {
      caseId: uuid,
      studentId,
      memberId: staffRef,
      discipline: { type: 'string', enum: TEAM_DISCIPLINE_VALUES },
      change: { type: 'string', enum: ['added', 'removed'] },
      teamComplete: { type: 'boolean' },
      at: dateTime,
    },
  },
  example: { ...caseExample, memberId: 'officer-7', discipline: 'police', change: 'added', teamComplete: false, at: '2026-11-24T08:30:00.000Z' },
});

export interface ThreatCaseScreened {
  caseId: string;
  studentId: string;
  screeningId: string;
  pathwayStage: (typeof PATHWAY_STAGE_VALUES)[number];
  screenedAt: string;
}

export const ThreatCaseScreenedEvent = defineEvent<ThreatCaseScreened>({
  type: 'support.threat-case.screened',
  topic: SUPPORT_THREAT_CASE_TOPIC,
  version: 1,
  summary: 'A pathway-to-violence screening was recorded: the furthest stage observed. Findings stay in the service.',
  keyField: 'caseId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['caseId', 'studentId', 'screeningId', 'pathwayStage', 'screenedAt'],
    properties: { caseId: uuid, studentId, screeningId: uuid, pathwayStage: { type: 'string', enum: PATHWAY_STAGE_VALUES }, screenedAt: dateTime },
  },
  example: { ...caseExample, screeningId: '0f1e2d3c-4b5a-4968-8776-655443322110', pathwayStage: 'ideation', screenedAt: '2026-11-24T11:00:00.000Z' },
});

export interface ThreatConcernLevelSet {
  caseId: string;
  studentId: string;
  levelOfConcern: (typeof CONCERN_LEVEL_VALUES)[number];
  setBy: string;
  setAt: string;
}

export const ThreatConcernLevelSetEvent = defineEvent<ThreatConcernLevelSet>({
  type: 'support.threat-case.concern-level-set',
  topic: SUPPORT_THREAT_CASE_TOPIC,
  version: 1,
  summary: "The team set or changed the case's level of concern (low, moderate, high, imminent).",
  keyField: 'caseId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['caseId', 'studentId', 'levelOfConcern', 'setBy', 'setAt'],
    properties: {
      caseId: uuid,
      studentId,
      levelOfConcern: { type: 'string', enum: CONCERN_LEVEL_VALUES },
      setBy: staffRef,
      setAt: dateTime,
    },
  },
  example: { ...caseExample, levelOfConcern: 'moderate', setBy: 'clinician-3', setAt: '2026-11-24T12:00:00.000Z' },
});

export interface ThreatInterventionAdded {
  caseId: string;
  studentId: string;
  interventionId: string;
  type: (typeof THREAT_INTERVENTION_VALUES)[number];
  /** Mental-health care: needs written parental consent under 18 (R11). */
  care: boolean;
  addedAt: string;
}

export const ThreatInterventionAddedEvent = defineEvent<ThreatInterventionAdded>({
  type: 'support.threat-case.intervention-added',
  topic: SUPPORT_THREAT_CASE_TOPIC,
  version: 1,
  summary: 'The team planned an intervention (type only; the description stays in the service).',
  keyField: 'caseId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['caseId', 'studentId', 'interventionId', 'type', 'care', 'addedAt'],
    properties: {
      caseId: uuid,
      studentId,
      interventionId: uuid,
      type: { type: 'string', enum: THREAT_INTERVENTION_VALUES },
      care: { type: 'boolean' },
      addedAt: dateTime,
    },
  },
  example: { ...caseExample, interventionId: '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d', type: 'supervision-plan', care: false, addedAt: '2026-11-24T12:10:00.000Z' },
});

export interface ThreatCaseClosed {
  caseId: string;
  studentId: string;
  outcome: (typeof THREAT_CASE_CLOSURE_VALUES)[number];
  /** The level of concern at closure (a case is closed only once assessed). */
  levelOfConcern: (typeof CONCERN_LEVEL_VALUES)[number];
  closedBy: string;
  closedAt: string;
}

export const ThreatCaseClosedEvent = defineEvent<ThreatCaseClosed>({
  type: 'support.threat-case.closed',
  topic: SUPPORT_THREAT_CASE_TOPIC,
  version: 1,
  summary: 'A threat-assessment case was closed, with a categorical outcome (the closure summary stays in the service).',
  keyField: 'caseId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['caseId', 'studentId', 'outcome', 'levelOfConcern', 'closedBy', 'closedAt'],
    properties: {
      caseId: uuid,
      studentId,
      outcome: { type: 'string', enum: THREAT_CASE_CLOSURE_VALUES },
      levelOfConcern: { type: 'string', enum: CONCERN_LEVEL_VALUES },
      closedBy: staffRef,
      closedAt: dateTime,
    },
  },
  example: { ...caseExample, outcome: 'resolved', levelOfConcern: 'low', closedBy: 'clinician-3', closedAt: '2026-12-10T16:00:00.000Z' },
});

// ---- Consent enforcement: consents, projections for the police side, break-the-glass.

/**
 * Police-readable (audience all-services): police-side read models hold data built under
 * consents, so they must hear of revocations (R9). The events name the consent only: which
 * student consented to release which classes is itself clinical information (a consent covering
 * SUD reveals a Part 2 record), so the student, classes, purposes and signer stay in the service.
 */
export const SUPPORT_CONSENT_TOPIC = 'support.consent.v1';

export interface ConsentGranted {
  consentId: string;
  effectiveFrom: string;
  expiresAt: string;
  grantedAt: string;
}

export const ConsentGrantedEvent = defineEvent<ConsentGranted>({
  type: 'support.consent.granted',
  topic: SUPPORT_CONSENT_TOPIC,
  version: 1,
  summary: 'A consent to disclose was recorded (R4). Names the consent and its period only: no student, classes, purposes or signer.',
  keyField: 'consentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['consentId', 'effectiveFrom', 'expiresAt', 'grantedAt'],
    properties: { consentId: uuid, effectiveFrom: dateTime, expiresAt: dateTime, grantedAt: dateTime },
  },
  example: {
    consentId: '7c0e2a8f-3b41-4d6e-9f5a-1c2b3d4e5f60',
    effectiveFrom: '2026-11-23T15:00:00.000Z',
    expiresAt: '2027-06-01T05:00:00.000Z',
    grantedAt: '2026-11-23T15:00:00.000Z',
  },
});

export interface ConsentRevoked {
  consentId: string;
  /** Effective from this instant forward (R4): projections built under the consent must go (R9). */
  revokedAt: string;
}

export const ConsentRevokedEvent = defineEvent<ConsentRevoked>({
  type: 'support.consent.revoked',
  topic: SUPPORT_CONSENT_TOPIC,
  version: 1,
  summary: 'A consent was revoked (R4, R9): every projection built under it drops its data. Names the consent only.',
  keyField: 'consentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['consentId', 'revokedAt'],
    properties: { consentId: uuid, revokedAt: dateTime },
  },
  example: { consentId: '7c0e2a8f-3b41-4d6e-9f5a-1c2b3d4e5f60', revokedAt: '2026-12-01T16:30:00.000Z' },
});

/**
 * Police-readable (audience all-services): clinical records as libs/consent project() lets the
 * police unit see them, under unit-wide bases only (a consent or a grant naming the police
 * unit), written after projection and never before (R1, R3). One projection per record and
 * purpose, keyed by an opaque projection id (never the record id, which may itself be withheld).
 */
export const SUPPORT_POLICE_PROJECTION_TOPIC = 'support.police-projection.v1';

export const POLICE_PROJECTION_RECORD_TYPES = ['referral', 'safety-plan', 'threat-assessment', 'support-plan'] as const;

export interface PoliceProjectionPublished {
  projectionId: string;
  recordType: (typeof POLICE_PROJECTION_RECORD_TYPES)[number];
  studentId: string;
  /** What the police unit may use it for; reads must ask for the same purpose. */
  purpose: string;
  /** The projected fields, nothing else (R3): never PSY-NOTE, SUD only under a Part 2 consent (R5). */
  data: Record<string, unknown>;
  /** R9: the consents it was built under; a revocation of any drops it. */
  consentIds: string[];
  /** R6: the break-the-glass grants it was built under. */
  grantIds: string[];
  /** R8: the police unit may not pass it on without a new consent. */
  redisclosure: 'prohibited';
  /** Notices that travel with the data (42 CFR 2.32 for SUD, R5). */
  notices: string[];
  /** When the earliest basis ends (a consent's expiry, a grant's end): no longer shown from then on. */
  validUntil: string;
  projectedAt: string;
}

export const PoliceProjectionPublishedEvent = defineEvent<PoliceProjectionPublished>({
  type: 'support.police-projection.published',
  topic: SUPPORT_POLICE_PROJECTION_TOPIC,
  version: 1,
  summary: 'A clinical record as the police unit may see it (consent-projected through libs/consent, R1/R3/R8/R9). Replaces the previous one with the same projection id.',
  keyField: 'projectionId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['projectionId', 'recordType', 'studentId', 'purpose', 'data', 'consentIds', 'grantIds', 'redisclosure', 'notices', 'validUntil', 'projectedAt'],
    properties: {
      projectionId: uuid,
      recordType: { type: 'string', enum: POLICE_PROJECTION_RECORD_TYPES },
      studentId,
      purpose: { type: 'string', minLength: 1, maxLength: 64 },
      data: { type: 'object' },
      consentIds: { type: 'array', items: uuid },
      grantIds: { type: 'array', items: uuid },
      redisclosure: { type: 'string', enum: ['prohibited'] },
      notices: { type: 'array', items: { type: 'string' } },
      validUntil: dateTime,
      projectedAt: dateTime,
    },
  },
  example: {
    projectionId: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b',
    recordType: 'referral',
    studentId: 'S1000001',
    purpose: 'co-response',
    data: { id: 'c63c72f4-0acc-49b8-9c19-3f723a97287c', studentId: 'S1000001', campusId: 'campus-hs-01', status: 'received', safetyFlag: true },
    consentIds: ['7c0e2a8f-3b41-4d6e-9f5a-1c2b3d4e5f60'],
    grantIds: [],
    redisclosure: 'prohibited',
    notices: [],
    validUntil: '2027-06-01T05:00:00.000Z',
    projectedAt: '2026-11-23T15:00:00.000Z',
  },
});

export interface PoliceProjectionWithdrawn {
  projectionId: string;
  withdrawnAt: string;
}

export const PoliceProjectionWithdrawnEvent = defineEvent<PoliceProjectionWithdrawn>({
  type: 'support.police-projection.withdrawn',
  topic: SUPPORT_POLICE_PROJECTION_TOPIC,
  version: 1,
  summary: 'Nothing of this record may be shown to the police unit any more (basis revoked or ended, R9): drop the projection.',
  keyField: 'projectionId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['projectionId', 'withdrawnAt'],
    properties: { projectionId: uuid, withdrawnAt: dateTime },
  },
  example: { projectionId: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b', withdrawnAt: '2026-12-01T16:30:00.000Z' },
});

/**
 * Clinical-only: clinical supervisors review every emergency access (R6). Carries the threat and
 * the justification as written by the person who broke the glass, and never any record content.
 */
export const SUPPORT_BREAK_GLASS_TOPIC = 'support.break-glass.v1';

export interface BreakGlassGranted {
  grantId: string;
  studentId: string;
  grantee: string;
  granteeRole: string;
  /** Units, roles or people named, as `unit:police`, `role:officer`, `person:<id>`. */
  recipients: string[];
  threat: string;
  justification: string;
  issuedAt: string;
  expiresAt: string;
}

export const BreakGlassGrantedEvent = defineEvent<BreakGlassGranted>({
  type: 'support.break-glass.granted',
  topic: SUPPORT_BREAK_GLASS_TOPIC,
  version: 1,
  summary: "Someone broke the glass on one student's safety and clinical education records (R6): for clinical supervisors. Never PSY-NOTE or SUD content.",
  keyField: 'grantId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['grantId', 'studentId', 'grantee', 'granteeRole', 'recipients', 'threat', 'justification', 'issuedAt', 'expiresAt'],
    properties: {
      grantId: uuid,
      studentId,
      grantee: { type: 'string', minLength: 1, maxLength: 128 },
      granteeRole: { type: 'string', minLength: 1, maxLength: 32 },
      recipients: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 160 } },
      threat: { type: 'string', minLength: 1, maxLength: 2000 },
      justification: { type: 'string', minLength: 1, maxLength: 2000 },
      issuedAt: dateTime,
      expiresAt: dateTime,
    },
  },
  example: {
    grantId: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    studentId: 'S1000001',
    grantee: 'officer-7',
    granteeRole: 'officer',
    recipients: ['person:officer-7', 'unit:police'],
    threat: 'Student posted a specific threat to bring a weapon to campus today.',
    justification: 'Responding officers need the safety plan to de-escalate safely.',
    issuedAt: '2026-11-24T08:30:00.000Z',
    expiresAt: '2026-11-25T08:30:00.000Z',
  },
});

export interface BreakGlassEnded {
  grantId: string;
  studentId: string;
  /** Who ended it: the person who broke the glass, a bh-director or an admin. */
  endedBy: string;
  endedByRole: string;
  /** As written by whoever ended it. */
  reason: string;
  /** Effective from this instant: reads under the grant are denied and what it opened for the police unit is withdrawn. */
  endedAt: string;
  /** When the grant would have expired. */
  expiresAt: string;
}

export const BreakGlassEndedEvent = defineEvent<BreakGlassEnded>({
  type: 'support.break-glass.ended',
  topic: SUPPORT_BREAK_GLASS_TOPIC,
  version: 1,
  summary: 'A break-the-glass grant was ended before its expiry (R6): for clinical supervisors. Names the grant, who ended it and why; never record content.',
  keyField: 'grantId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['grantId', 'studentId', 'endedBy', 'endedByRole', 'reason', 'endedAt', 'expiresAt'],
    properties: {
      grantId: uuid,
      studentId,
      endedBy: { type: 'string', minLength: 1, maxLength: 128 },
      endedByRole: { type: 'string', minLength: 1, maxLength: 32 },
      reason: { type: 'string', minLength: 1, maxLength: 1000 },
      endedAt: dateTime,
      expiresAt: dateTime,
    },
  },
  example: {
    grantId: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    studentId: 'S1000001',
    endedBy: 'officer-7',
    endedByRole: 'officer',
    reason: 'The student is safe at home with a guardian; the emergency is over.',
    endedAt: '2026-11-24T11:05:00.000Z',
    expiresAt: '2026-11-25T08:30:00.000Z',
  },
});
