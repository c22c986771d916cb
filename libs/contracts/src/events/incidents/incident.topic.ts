import { campusId, dateTime, defineEvent, DISTRICT_ID_PATTERN, studentId, uuid } from '../define-event.js';
import { Nullable, Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';
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
} from './incident.values.js';

export const INCIDENTS_INCIDENT_TOPIC = 'incidents.incident.v1';

/*
 * Incident lifecycle (reported → triaged → dispatched → on-scene → cleared → closed), on the incident
 * topic. Minimum fields only (R1): ids, categories and instants; never the narrative, the location,
 * tip text, or the students involved (incidents.incident.reported alone names them).
 */
const incidentEvent = { topic: INCIDENTS_INCIDENT_TOPIC, version: 1, keyField: 'incidentId' } as const;
const incidentId = '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de';

/** Minimum fields (R1): the narrative, an LE record, stays in the incidents service. */
export const IncidentReportedSchema = Payload({
  incidentId: uuid,
  campusId,
  occurredAt: dateTime,
  type: StringEnum(INCIDENT_TYPE_VALUES),
  studentIds: Type.Array(studentId),
  mentalHealthCrisis: Type.Boolean(),
});
export type IncidentReported = Static<typeof IncidentReportedSchema>;

export const IncidentReportedEvent = defineEvent({
  ...incidentEvent,
  type: 'incidents.incident.reported',
  summary: 'An incident was reported by an officer or a district system. Carries no narrative.',
  schema: IncidentReportedSchema,
  example: { incidentId, campusId: 'campus-hs-01', occurredAt: '2026-11-23T14:05:00.000Z', type: 'welfare-check', studentIds: ['S1000001'], mentalHealthCrisis: true },
});

export const IncidentTriagedSchema = Payload({
  incidentId: uuid,
  priority: StringEnum(INCIDENT_PRIORITY_VALUES),
  coResponseIndicated: Type.Boolean(),
  triagedAt: dateTime,
  /** True when a triaged incident was triaged again (e.g. no eligible pair: co-response withdrawn). */
  retriage: Type.Optional(Type.Boolean()),
});
export type IncidentTriaged = Static<typeof IncidentTriagedSchema>;

export const IncidentTriagedEvent = defineEvent({
  ...incidentEvent,
  type: 'incidents.incident.triaged',
  summary: 'An incident was triaged: its priority, and whether an officer-clinician co-response is indicated.',
  schema: IncidentTriagedSchema,
  example: { incidentId, priority: 'urgent', coResponseIndicated: true, triagedAt: '2026-11-23T14:07:00.000Z' },
});

export const IncidentDispatchedSchema = Payload({
  incidentId: uuid,
  campusId,
  /** True when an officer and an on-call clinician were sent together. */
  coResponse: Type.Boolean(),
  officerStaffId: uuid,
  /** Null for an officer-only response (co-response not indicated at triage). */
  clinicianStaffId: Nullable(uuid),
  dispatchedAt: dateTime,
  /** Why an officer went alone although co-response was indicated (absent or null otherwise). */
  officerOnlyReason: Type.Optional(Nullable(StringEnum(OFFICER_ONLY_REASON_VALUES))),
  /** How the clinician joins a co-response: on scene, or remote (telehealth consult by phone or video). */
  clinicianMode: Type.Optional(Nullable(StringEnum(CLINICIAN_MODE_VALUES))),
  /** The partner district that lent the officer under a sharing agreement (issue 19); absent or null: the incident's own district. */
  officerDistrictId: Type.Optional(Nullable(Type.String({ pattern: DISTRICT_ID_PATTERN }))),
  /** The partner district that lent the clinician under a sharing agreement; absent or null: the incident's own district, or none. */
  clinicianDistrictId: Type.Optional(Nullable(Type.String({ pattern: DISTRICT_ID_PATTERN }))),
  /** The sharing agreement a partner's responder was dispatched under (the clinician's when both were lent). */
  sharingAgreementId: Type.Optional(Nullable(uuid)),
});
export type IncidentDispatched = Static<typeof IncidentDispatchedSchema>;

export const IncidentDispatchedEvent = defineEvent({
  ...incidentEvent,
  type: 'incidents.incident.dispatched',
  summary: 'Responders were dispatched: an eligible officer and, for a co-response, the on-call clinician (staff ids).',
  schema: IncidentDispatchedSchema,
  example: {
    incidentId,
    campusId: 'campus-hs-01',
    coResponse: true,
    officerStaffId: '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b',
    clinicianStaffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    dispatchedAt: '2026-11-23T14:08:00.000Z',
  },
});

export const IncidentOnSceneSchema = Payload({ incidentId: uuid, onSceneAt: dateTime });
export type IncidentOnScene = Static<typeof IncidentOnSceneSchema>;

export const IncidentOnSceneEvent = defineEvent({
  ...incidentEvent,
  type: 'incidents.incident.on-scene',
  summary: 'The dispatched responders arrived on scene.',
  schema: IncidentOnSceneSchema,
  example: { incidentId, onSceneAt: '2026-11-23T14:19:00.000Z' },
});

export const IncidentClearedSchema = Payload({ incidentId: uuid, clearedAt: dateTime });
export type IncidentCleared = Static<typeof IncidentClearedSchema>;

export const IncidentClearedEvent = defineEvent({
  ...incidentEvent,
  type: 'incidents.incident.cleared',
  summary: 'The responders cleared the scene.',
  schema: IncidentClearedSchema,
  example: { incidentId, clearedAt: '2026-11-23T15:02:00.000Z' },
});

export const IncidentClosedSchema = Payload({ incidentId: uuid, closedAt: dateTime });
export type IncidentClosed = Static<typeof IncidentClosedSchema>;

export const IncidentClosedEvent = defineEvent({
  ...incidentEvent,
  type: 'incidents.incident.closed',
  summary: 'The incident was closed, with a disposition for every student involved.',
  schema: IncidentClosedSchema,
  example: { incidentId, closedAt: '2026-11-24T09:00:00.000Z' },
});

/** A supervisor voided the incident (duplicate, error, unfounded, cancelled): the audit fact, no free text. */
export const IncidentVoidedSchema = Payload({
  incidentId: uuid,
  campusId,
  /** The status it was voided from. */
  previousStatus: StringEnum(INCIDENT_STATUS_VALUES),
  reason: StringEnum(VOID_REASON_VALUES),
  voidedBy: Type.String({ minLength: 1, maxLength: 128 }),
  voidedAt: dateTime,
});
export type IncidentVoided = Static<typeof IncidentVoidedSchema>;

export const IncidentVoidedEvent = defineEvent({
  ...incidentEvent,
  type: 'incidents.incident.voided',
  summary: 'A supervisor voided (cancelled) the incident, with a reason category and who did it.',
  schema: IncidentVoidedSchema,
  example: { incidentId, campusId: 'campus-hs-01', previousStatus: 'triaged', reason: 'duplicate', voidedBy: 'police-chief-1', voidedAt: '2026-11-23T14:30:00.000Z' },
});

/** No student id: the clinical side learns of referrals from incidents.referral.requested only. */
export const IncidentDispositionRecordedSchema = Payload({
  incidentId: uuid,
  dispositionId: uuid,
  disposition: StringEnum(DISPOSITION_VALUES),
  recordedAt: dateTime,
});
export type IncidentDispositionRecorded = Static<typeof IncidentDispositionRecordedSchema>;

export const IncidentDispositionRecordedEvent = defineEvent({
  ...incidentEvent,
  type: 'incidents.incident.disposition-recorded',
  summary: 'A disposition was recorded for one student of the incident (category only; no student id, no narrative).',
  schema: IncidentDispositionRecordedSchema,
  example: { incidentId, dispositionId: '4d3c2b1a-0f9e-48d7-9c6b-5a4f3e2d1c0b', disposition: 'diversion-program', recordedAt: '2026-11-23T15:30:00.000Z' },
});

export const IncidentUseOfForceRecordedSchema = Payload({
  incidentId: uuid,
  useOfForceId: uuid,
  forceType: StringEnum(FORCE_TYPE_VALUES),
  subjectInjury: StringEnum(INJURY_VALUES),
  officerInjury: StringEnum(INJURY_VALUES),
  clinicianPresent: Type.Boolean(),
  recordedAt: dateTime,
});
export type IncidentUseOfForceRecorded = Static<typeof IncidentUseOfForceRecordedSchema>;

export const IncidentUseOfForceRecordedEvent = defineEvent({
  ...incidentEvent,
  type: 'incidents.incident.use-of-force-recorded',
  summary: 'A use of force was recorded: its type, injuries and whether a clinician was present (no narrative, no student id).',
  schema: IncidentUseOfForceRecordedSchema,
  example: {
    incidentId,
    useOfForceId: '6b5a4f3e-2d1c-4b0a-9f8e-7d6c5b4a3f2e',
    forceType: 'physical-control',
    subjectInjury: 'none',
    officerInjury: 'none',
    clinicianPresent: true,
    recordedAt: '2026-11-23T14:40:00.000Z',
  },
});
