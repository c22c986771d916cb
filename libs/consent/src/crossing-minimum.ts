import { recordTypeSpec, type RecordType } from './labels.js';
import type { Purpose } from './purposes.js';
import type { RuleId } from './rules.js';

/**
 * R1, R2, R3a: the structured minimum that may ride an event across the police/clinical boundary,
 * per purpose and record type. It is data, beside the labels, and project() emits nothing else.
 * Free text never crosses by event, whatever a consent covers: a recipient the consent names reads
 * it through the gated, logged REST read instead (R3a, R7). decide() still has the last word on
 * each field (a consent may cover fewer classes than the minimum names).
 */
export interface CrossingMinimum {
  readonly ruleIds: readonly RuleId[];
  /** Why these fields, in the rules' terms. */
  readonly why: string;
  readonly fields: Readonly<Partial<Record<RecordType, readonly string[]>>>;
}

const PLAN_STATUS = ['id', 'studentId', 'campusId', 'status', 'assignedClinicianId', 'nextReviewOn'] as const;
const SAFETY_PLAN_STATUS = ['id', 'studentId', 'campusId', 'caseId', 'status', 'reviewOn'] as const;

export const CROSSING_MINIMUM: Readonly<Partial<Record<Purpose, CrossingMinimum>>> = {
  'co-response': {
    ruleIds: ['R1', 'R3'],
    why: 'responders need to know that support exists, its status, who the clinician is, the safety flags and when it is next reviewed',
    fields: {
      referral: ['id', 'studentId', 'campusId', 'incidentId', 'status', 'safetyFlag', 'assignedClinicianId'],
      'support-plan': PLAN_STATUS,
      'safety-plan': SAFETY_PLAN_STATUS,
      'threat-assessment': ['id', 'caseId', 'studentId', 'campusId', 'status', 'levelOfConcern'],
    },
  },
  'threat-assessment': {
    ruleIds: ['R1', 'R3', 'R11'],
    why: 'the case outcome a team needs (TEC 37.115): level of concern, stage, referral and closure, never clinical findings',
    fields: {
      'threat-assessment': ['id', 'caseId', 'studentId', 'campusId', 'status', 'levelOfConcern', 'pathwayStage', 'mentalHealthReferral', 'openedAt', 'closedAt', 'closureOutcome'],
      'safety-plan': SAFETY_PLAN_STATUS,
      referral: ['id', 'studentId', 'campusId', 'status', 'safetyFlag'],
      'support-plan': PLAN_STATUS,
    },
  },
  'safety-emergency': {
    ruleIds: ['R1', 'R6'],
    why: 'an emergency needs the safety flags and who to call, not the record behind them',
    fields: {
      referral: ['id', 'studentId', 'campusId', 'status', 'safetyFlag', 'assignedClinicianId'],
      'support-plan': PLAN_STATUS,
      'safety-plan': SAFETY_PLAN_STATUS,
      'threat-assessment': ['id', 'caseId', 'studentId', 'campusId', 'status', 'levelOfConcern'],
    },
  },
  referral: {
    ruleIds: ['R1', 'R2'],
    why: 'a referral needs the incident type, time, campus, crisis and safety flags and the disposition behind it; the referring unit learns its status',
    fields: {
      incident: ['id', 'campusId', 'studentIds', 'occurredAt', 'type', 'safetyFlag', 'mentalHealthCrisis', 'disposition'],
      referral: ['id', 'studentId', 'campusId', 'incidentId', 'status'],
    },
  },
  // investigation: nothing rides an event. An investigation under a consent reads through the gated
  // REST API, one logged read at a time (R3a, R7); SUD never (R5).
};

/** The fields of `recordType` that may cross for `purpose` by event: none when the table says nothing. */
export function crossingMinimum(purpose: Purpose, recordType: string): readonly string[] {
  const entry = Object.hasOwn(CROSSING_MINIMUM, purpose) ? CROSSING_MINIMUM[purpose] : undefined;
  return entry && recordTypeSpec(recordType) ? (entry.fields[recordType as RecordType] ?? []) : [];
}
