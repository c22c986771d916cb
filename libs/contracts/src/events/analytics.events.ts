import { campusId, date, defineEvent } from './define-event.js';
import {
  CLINICIAN_MODE_VALUES,
  INCIDENT_STATUS_VALUES,
  OFFICER_ONLY_REASON_VALUES,
  VOID_REASON_VALUES,
  type ClinicianModeValue,
  type IncidentStatusValue,
  type OfficerOnlyReasonValue,
  type VoidReasonValue,
  DISPOSITION_VALUES,
  FORCE_TYPE_VALUES,
  INCIDENT_PRIORITY_VALUES,
  INCIDENT_TYPE_VALUES,
  INJURY_VALUES,
  type DispositionValue,
  type ForceTypeValue,
  type IncidentPriorityValue,
  type IncidentTypeValue,
  type InjuryValue,
} from './incidents/index.js';

/**
 * The data teams' de-identified stream (R12): pseudonymous student ids (keyed HMAC, rotatable,
 * `pseudonymKeyId` says which key), no free text, dates truncated to the day, categorical fields only.
 *
 * v2 (issue 14): v1 carried the real incident, disposition and use-of-force ids, which also travel on
 * incidents.incident.v1, so a join re-identified every pseudonym. v2 carries analytic ids instead:
 * a keyed HMAC of the source id under its own key (`analyticKeyId`), distinct from the pseudonym key,
 * so no value here appears on any other topic, in any API or in any log.
 */
export const ANALYTICS_INCIDENT_TOPIC = 'analytics.incident.v2';

const pseudonym = { type: 'string' as const, pattern: '^[A-Za-z0-9_-]{22,64}$' };
const keyId = { type: 'string' as const, minLength: 1, maxLength: 32 };
/** An analytic id: base64url HMAC-SHA256, never a uuid (so it cannot be mistaken for a source id). */
const analyticId = { type: 'string' as const, pattern: '^[A-Za-z0-9_-]{43}$' };

export interface AnalyticsIncidentReported {
  /** Keyed HMAC of the incident id (analyticKeyId): links the facts of one incident on this topic only. */
  analyticIncidentId: string;
  campusId: string;
  occurredOn: string;
  type: IncidentTypeValue;
  mentalHealthCrisis: boolean;
  /** Sorted, so their order says nothing about the order of the students in the source. */
  studentPseudonyms: string[];
  pseudonymKeyId: string;
  analyticKeyId: string;
}

export const AnalyticsIncidentReportedEvent = defineEvent<AnalyticsIncidentReported>({
  type: 'analytics.incident.reported',
  topic: ANALYTICS_INCIDENT_TOPIC,
  version: 2,
  summary: 'De-identified: an incident was reported. Pseudonymous students, day-level date, no narrative.',
  keyField: 'analyticIncidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['analyticIncidentId', 'campusId', 'occurredOn', 'type', 'mentalHealthCrisis', 'studentPseudonyms', 'pseudonymKeyId', 'analyticKeyId'],
    properties: {
      analyticIncidentId: analyticId,
      campusId,
      occurredOn: date,
      type: { type: 'string', enum: INCIDENT_TYPE_VALUES },
      mentalHealthCrisis: { type: 'boolean' },
      studentPseudonyms: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z0-9_-]{22,64}$' } },
      pseudonymKeyId: { type: 'string', minLength: 1, maxLength: 32 },
      analyticKeyId: keyId,
    },
  },
  example: {
    analyticIncidentId: 'Qm9yZWFsaXMtYW5hbHl0aWMtaWQtZXhhbXBsZTAwMDA',
    campusId: 'campus-hs-01',
    occurredOn: '2026-11-23',
    type: 'welfare-check',
    mentalHealthCrisis: true,
    studentPseudonyms: ['mXq3vJ0c1bYd9e8F7g6H5i4J3k2L1m0N'],
    pseudonymKeyId: '2026-1',
    analyticKeyId: 'ids-2026-1',
  },
});

/** Co-response time for the data teams: whole minutes from dispatch to arrival, never the instants. */
export interface AnalyticsIncidentResponded {
  analyticIncidentId: string;
  campusId: string;
  respondedOn: string;
  priority: IncidentPriorityValue;
  coResponse: boolean;
  /** Whole minutes (rounded down) from dispatch to on-scene. */
  dispatchToOnSceneMinutes: number;
  analyticKeyId: string;
}

export const AnalyticsIncidentRespondedEvent = defineEvent<AnalyticsIncidentResponded>({
  type: 'analytics.incident.responded',
  topic: ANALYTICS_INCIDENT_TOPIC,
  version: 2,
  summary: 'De-identified: responders arrived on scene; co-response or officer-only, and whole minutes from dispatch.',
  keyField: 'analyticIncidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['analyticIncidentId', 'campusId', 'respondedOn', 'priority', 'coResponse', 'dispatchToOnSceneMinutes', 'analyticKeyId'],
    properties: {
      analyticIncidentId: analyticId,
      campusId,
      respondedOn: date,
      priority: { type: 'string', enum: INCIDENT_PRIORITY_VALUES },
      coResponse: { type: 'boolean' },
      dispatchToOnSceneMinutes: { type: 'integer', minimum: 0 },
      analyticKeyId: keyId,
    },
  },
  example: {
    analyticIncidentId: 'Qm9yZWFsaXMtYW5hbHl0aWMtaWQtZXhhbXBsZTAwMDA',
    campusId: 'campus-hs-01',
    respondedOn: '2026-11-23',
    priority: 'urgent',
    coResponse: true,
    dispatchToOnSceneMinutes: 11,
    analyticKeyId: 'ids-2026-1',
  },
});

/** Diversion vs arrest, per pseudonymous student. */
export interface AnalyticsDispositionRecorded {
  analyticIncidentId: string;
  analyticDispositionId: string;
  campusId: string;
  recordedOn: string;
  incidentType: IncidentTypeValue;
  mentalHealthCrisis: boolean;
  disposition: DispositionValue;
  studentPseudonym: string;
  pseudonymKeyId: string;
  analyticKeyId: string;
}

export const AnalyticsDispositionRecordedEvent = defineEvent<AnalyticsDispositionRecorded>({
  type: 'analytics.incident.disposition-recorded',
  topic: ANALYTICS_INCIDENT_TOPIC,
  version: 2,
  summary: 'De-identified: a disposition (diversion, referral, arrest, …) for one pseudonymous student of an incident.',
  keyField: 'analyticIncidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['analyticIncidentId', 'analyticDispositionId', 'campusId', 'recordedOn', 'incidentType', 'mentalHealthCrisis', 'disposition', 'studentPseudonym', 'pseudonymKeyId', 'analyticKeyId'],
    properties: {
      analyticIncidentId: analyticId,
      analyticDispositionId: analyticId,
      campusId,
      recordedOn: date,
      incidentType: { type: 'string', enum: INCIDENT_TYPE_VALUES },
      mentalHealthCrisis: { type: 'boolean' },
      disposition: { type: 'string', enum: DISPOSITION_VALUES },
      studentPseudonym: pseudonym,
      pseudonymKeyId: keyId,
      analyticKeyId: keyId,
    },
  },
  example: {
    analyticIncidentId: 'Qm9yZWFsaXMtYW5hbHl0aWMtaWQtZXhhbXBsZTAwMDA',
    analyticDispositionId: 'ZGlzcG9zaXRpb24tYW5hbHl0aWMtaWQtZXhhbXBsZTA',
    campusId: 'campus-hs-01',
    recordedOn: '2026-11-23',
    incidentType: 'welfare-check',
    mentalHealthCrisis: true,
    disposition: 'diversion-program',
    studentPseudonym: 'mXq3vJ0c1bYd9e8F7g6H5i4J3k2L1m0N',
    pseudonymKeyId: '2026-1',
    analyticKeyId: 'ids-2026-1',
  },
});

/** Use of force with and without a clinician present. */
export interface AnalyticsUseOfForceRecorded {
  analyticIncidentId: string;
  analyticUseOfForceId: string;
  campusId: string;
  recordedOn: string;
  forceType: ForceTypeValue;
  subjectInjury: InjuryValue;
  officerInjury: InjuryValue;
  clinicianPresent: boolean;
  /** Null when the force was not used on a student of the incident. */
  studentPseudonym: string | null;
  pseudonymKeyId: string;
  analyticKeyId: string;
}

export const AnalyticsUseOfForceRecordedEvent = defineEvent<AnalyticsUseOfForceRecorded>({
  type: 'analytics.incident.use-of-force-recorded',
  topic: ANALYTICS_INCIDENT_TOPIC,
  version: 2,
  summary: 'De-identified: a use of force, its injuries and whether a clinician was present.',
  keyField: 'analyticIncidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: [
      'analyticIncidentId', 'analyticUseOfForceId', 'campusId', 'recordedOn', 'forceType', 'subjectInjury', 'officerInjury', 'clinicianPresent',
      'studentPseudonym', 'pseudonymKeyId', 'analyticKeyId',
    ],
    properties: {
      analyticIncidentId: analyticId,
      analyticUseOfForceId: analyticId,
      campusId,
      recordedOn: date,
      forceType: { type: 'string', enum: FORCE_TYPE_VALUES },
      subjectInjury: { type: 'string', enum: INJURY_VALUES },
      officerInjury: { type: 'string', enum: INJURY_VALUES },
      clinicianPresent: { type: 'boolean' },
      studentPseudonym: { type: ['string', 'null'], pattern: '^[A-Za-z0-9_-]{22,64}$' },
      pseudonymKeyId: keyId,
      analyticKeyId: keyId,
    },
  },
  example: {
    analyticIncidentId: 'Qm9yZWFsaXMtYW5hbHl0aWMtaWQtZXhhbXBsZTAwMDA',
    analyticUseOfForceId: 'dXNlLW9mLWZvcmNlLWFuYWx5dGljLWlkLWV4YW1wbGU',
    campusId: 'campus-hs-01',
    recordedOn: '2026-11-23',
    forceType: 'physical-control',
    subjectInjury: 'none',
    officerInjury: 'none',
    clinicianPresent: true,
    studentPseudonym: 'mXq3vJ0c1bYd9e8F7g6H5i4J3k2L1m0N',
    pseudonymKeyId: '2026-1',
    analyticKeyId: 'ids-2026-1',
  },
});

/**
 * How responders were sent, so officer-only dispatches (and why) and remote clinician consults are
 * counted apart from in-person co-responses.
 */
export interface AnalyticsIncidentDispatched {
  analyticIncidentId: string;
  campusId: string;
  dispatchedOn: string;
  priority: IncidentPriorityValue;
  coResponseIndicated: boolean;
  coResponse: boolean;
  /** in-person or remote for a co-response; null for an officer alone. */
  clinicianMode: ClinicianModeValue | null;
  /** Why an officer went alone although co-response was indicated; null otherwise. */
  officerOnlyReason: OfficerOnlyReasonValue | null;
  analyticKeyId: string;
}

export const AnalyticsIncidentDispatchedEvent = defineEvent<AnalyticsIncidentDispatched>({
  type: 'analytics.incident.dispatched',
  topic: ANALYTICS_INCIDENT_TOPIC,
  version: 2,
  summary: 'De-identified: responders were sent; co-response in person or remote, or an officer alone and why.',
  keyField: 'analyticIncidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['analyticIncidentId', 'campusId', 'dispatchedOn', 'priority', 'coResponseIndicated', 'coResponse', 'clinicianMode', 'officerOnlyReason', 'analyticKeyId'],
    properties: {
      analyticIncidentId: analyticId,
      campusId,
      dispatchedOn: date,
      priority: { type: 'string', enum: INCIDENT_PRIORITY_VALUES },
      coResponseIndicated: { type: 'boolean' },
      coResponse: { type: 'boolean' },
      clinicianMode: { type: ['string', 'null'], enum: [...CLINICIAN_MODE_VALUES, null] },
      officerOnlyReason: { type: ['string', 'null'], enum: [...OFFICER_ONLY_REASON_VALUES, null] },
      analyticKeyId: keyId,
    },
  },
  example: {
    analyticIncidentId: 'Qm9yZWFsaXMtYW5hbHl0aWMtaWQtZXhhbXBsZTAwMDA',
    campusId: 'campus-hs-01',
    dispatchedOn: '2026-11-23',
    priority: 'urgent',
    coResponseIndicated: true,
    coResponse: false,
    clinicianMode: null,
    officerOnlyReason: 'no-clinician-on-call',
    analyticKeyId: 'ids-2026-1',
  },
});

/** Voided incidents leave the counts: the data teams see that, why, and from which status. */
export interface AnalyticsIncidentVoided {
  analyticIncidentId: string;
  campusId: string;
  voidedOn: string;
  previousStatus: IncidentStatusValue;
  reason: VoidReasonValue;
  analyticKeyId: string;
}

export const AnalyticsIncidentVoidedEvent = defineEvent<AnalyticsIncidentVoided>({
  type: 'analytics.incident.voided',
  topic: ANALYTICS_INCIDENT_TOPIC,
  version: 2,
  summary: 'De-identified: an incident was voided by a supervisor (reason category, day only).',
  keyField: 'analyticIncidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['analyticIncidentId', 'campusId', 'voidedOn', 'previousStatus', 'reason', 'analyticKeyId'],
    properties: {
      analyticIncidentId: analyticId,
      campusId,
      voidedOn: date,
      previousStatus: { type: 'string', enum: INCIDENT_STATUS_VALUES },
      reason: { type: 'string', enum: VOID_REASON_VALUES },
      analyticKeyId: keyId,
    },
  },
  example: {
    analyticIncidentId: 'Qm9yZWFsaXMtYW5hbHl0aWMtaWQtZXhhbXBsZTAwMDA',
    campusId: 'campus-hs-01',
    voidedOn: '2026-11-23',
    previousStatus: 'triaged',
    reason: 'duplicate',
    analyticKeyId: 'ids-2026-1',
  },
});
