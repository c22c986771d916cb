import { campusId, date, defineEvent } from '../define-event.js';
import {
  CLINICIAN_MODE_VALUES,
  DISPOSITION_VALUES,
  FORCE_TYPE_VALUES,
  INCIDENT_PRIORITY_VALUES,
  INCIDENT_STATUS_VALUES,
  INCIDENT_TYPE_VALUES,
  INJURY_VALUES,
  OFFICER_ONLY_REASON_VALUES,
  VOID_REASON_VALUES,
} from '../incidents/incident.values.js';
import { Nullable, Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';

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

const pseudonym = Type.String({ pattern: '^[A-Za-z0-9_-]{22,64}$' });
const keyId = Type.String({ minLength: 1, maxLength: 32 });
/** An analytic id: base64url HMAC-SHA256, never a uuid (so it cannot be mistaken for a source id). */
const analyticId = Type.String({ pattern: '^[A-Za-z0-9_-]{43}$' });

const analyticEvent = { topic: ANALYTICS_INCIDENT_TOPIC, version: 2, keyField: 'analyticIncidentId' } as const;
const ids = { analyticIncidentId: 'Qm9yZWFsaXMtYW5hbHl0aWMtaWQtZXhhbXBsZTAwMDA', campusId: 'campus-hs-01', analyticKeyId: 'ids-2026-1' };
const pseudonymExample = { studentPseudonym: 'mXq3vJ0c1bYd9e8F7g6H5i4J3k2L1m0N', pseudonymKeyId: '2026-1' };

export const AnalyticsIncidentReportedSchema = Payload({
  /** Keyed HMAC of the incident id (analyticKeyId): links the facts of one incident on this topic only. */
  analyticIncidentId: analyticId,
  campusId,
  occurredOn: date,
  type: StringEnum(INCIDENT_TYPE_VALUES),
  mentalHealthCrisis: Type.Boolean(),
  /** Sorted, so their order says nothing about the order of the students in the source. */
  studentPseudonyms: Type.Array(pseudonym),
  pseudonymKeyId: keyId,
  analyticKeyId: keyId,
});
export type AnalyticsIncidentReported = Static<typeof AnalyticsIncidentReportedSchema>;

export const AnalyticsIncidentReportedEvent = defineEvent({
  ...analyticEvent,
  type: 'analytics.incident.reported',
  summary: 'De-identified: an incident was reported. Pseudonymous students, day-level date, no narrative.',
  schema: AnalyticsIncidentReportedSchema,
  example: {
    ...ids, occurredOn: '2026-11-23', type: 'welfare-check', mentalHealthCrisis: true,
    studentPseudonyms: [pseudonymExample.studentPseudonym], pseudonymKeyId: pseudonymExample.pseudonymKeyId,
  },
});

/** Co-response time for the data teams: whole minutes from dispatch to arrival, never the instants. */
export const AnalyticsIncidentRespondedSchema = Payload({
  analyticIncidentId: analyticId,
  campusId,
  respondedOn: date,
  priority: StringEnum(INCIDENT_PRIORITY_VALUES),
  coResponse: Type.Boolean(),
  /** Whole minutes (rounded down) from dispatch to on-scene. */
  dispatchToOnSceneMinutes: Type.Integer({ minimum: 0 }),
  analyticKeyId: keyId,
});
export type AnalyticsIncidentResponded = Static<typeof AnalyticsIncidentRespondedSchema>;

export const AnalyticsIncidentRespondedEvent = defineEvent({
  ...analyticEvent,
  type: 'analytics.incident.responded',
  summary: 'De-identified: responders arrived on scene; co-response or officer-only, and whole minutes from dispatch.',
  schema: AnalyticsIncidentRespondedSchema,
  example: { ...ids, respondedOn: '2026-11-23', priority: 'urgent', coResponse: true, dispatchToOnSceneMinutes: 11 },
});

/** Diversion vs arrest, per pseudonymous student. */
export const AnalyticsDispositionRecordedSchema = Payload({
  analyticIncidentId: analyticId,
  analyticDispositionId: analyticId,
  campusId,
  recordedOn: date,
  incidentType: StringEnum(INCIDENT_TYPE_VALUES),
  mentalHealthCrisis: Type.Boolean(),
  disposition: StringEnum(DISPOSITION_VALUES),
  studentPseudonym: pseudonym,
  pseudonymKeyId: keyId,
  analyticKeyId: keyId,
});
export type AnalyticsDispositionRecorded = Static<typeof AnalyticsDispositionRecordedSchema>;

export const AnalyticsDispositionRecordedEvent = defineEvent({
  ...analyticEvent,
  type: 'analytics.incident.disposition-recorded',
  summary: 'De-identified: a disposition (diversion, referral, arrest, …) for one pseudonymous student of an incident.',
  schema: AnalyticsDispositionRecordedSchema,
  example: {
    ...ids, ...pseudonymExample, analyticDispositionId: 'ZGlzcG9zaXRpb24tYW5hbHl0aWMtaWQtZXhhbXBsZTA', recordedOn: '2026-11-23',
    incidentType: 'welfare-check', mentalHealthCrisis: true, disposition: 'diversion-program',
  },
});

/** Use of force with and without a clinician present. */
export const AnalyticsUseOfForceRecordedSchema = Payload({
  analyticIncidentId: analyticId,
  analyticUseOfForceId: analyticId,
  campusId,
  recordedOn: date,
  forceType: StringEnum(FORCE_TYPE_VALUES),
  subjectInjury: StringEnum(INJURY_VALUES),
  officerInjury: StringEnum(INJURY_VALUES),
  clinicianPresent: Type.Boolean(),
  /** Null when the force was not used on a student of the incident. */
  studentPseudonym: Nullable(pseudonym),
  pseudonymKeyId: keyId,
  analyticKeyId: keyId,
});
export type AnalyticsUseOfForceRecorded = Static<typeof AnalyticsUseOfForceRecordedSchema>;

export const AnalyticsUseOfForceRecordedEvent = defineEvent({
  ...analyticEvent,
  type: 'analytics.incident.use-of-force-recorded',
  summary: 'De-identified: a use of force, its injuries and whether a clinician was present.',
  schema: AnalyticsUseOfForceRecordedSchema,
  example: {
    ...ids, ...pseudonymExample, analyticUseOfForceId: 'dXNlLW9mLWZvcmNlLWFuYWx5dGljLWlkLWV4YW1wbGU', recordedOn: '2026-11-23',
    forceType: 'physical-control', subjectInjury: 'none', officerInjury: 'none', clinicianPresent: true,
  },
});

/**
 * How responders were sent, so officer-only dispatches (and why) and remote clinician consults are
 * counted apart from in-person co-responses.
 */
export const AnalyticsIncidentDispatchedSchema = Payload({
  analyticIncidentId: analyticId,
  campusId,
  dispatchedOn: date,
  priority: StringEnum(INCIDENT_PRIORITY_VALUES),
  coResponseIndicated: Type.Boolean(),
  coResponse: Type.Boolean(),
  /** in-person or remote for a co-response; null for an officer alone. */
  clinicianMode: Nullable(StringEnum(CLINICIAN_MODE_VALUES)),
  /** Why an officer went alone although co-response was indicated; null otherwise. */
  officerOnlyReason: Nullable(StringEnum(OFFICER_ONLY_REASON_VALUES)),
  analyticKeyId: keyId,
});
export type AnalyticsIncidentDispatched = Static<typeof AnalyticsIncidentDispatchedSchema>;

export const AnalyticsIncidentDispatchedEvent = defineEvent({
  ...analyticEvent,
  type: 'analytics.incident.dispatched',
  summary: 'De-identified: responders were sent; co-response in person or remote, or an officer alone and why.',
  schema: AnalyticsIncidentDispatchedSchema,
  example: {
    ...ids, dispatchedOn: '2026-11-23', priority: 'urgent', coResponseIndicated: true, coResponse: false,
    clinicianMode: null, officerOnlyReason: 'no-clinician-on-call',
  },
});

/** Voided incidents leave the counts: the data teams see that, why, and from which status. */
export const AnalyticsIncidentVoidedSchema = Payload({
  analyticIncidentId: analyticId,
  campusId,
  voidedOn: date,
  previousStatus: StringEnum(INCIDENT_STATUS_VALUES),
  reason: StringEnum(VOID_REASON_VALUES),
  analyticKeyId: keyId,
});
export type AnalyticsIncidentVoided = Static<typeof AnalyticsIncidentVoidedSchema>;

export const AnalyticsIncidentVoidedEvent = defineEvent({
  ...analyticEvent,
  type: 'analytics.incident.voided',
  summary: 'De-identified: an incident was voided by a supervisor (reason category, day only).',
  schema: AnalyticsIncidentVoidedSchema,
  example: { ...ids, voidedOn: '2026-11-23', previousStatus: 'triaged', reason: 'duplicate' },
});
