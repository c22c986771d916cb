import { campusId, dateTime, defineEvent, studentId, uuid } from './define-event.js';

export const INCIDENTS_INCIDENT_TOPIC = 'incidents.incident.v1';

export const INCIDENT_TYPE_VALUES = ['disturbance', 'threat', 'self-harm-concern', 'weapon', 'fight', 'welfare-check', 'other'] as const;
export type IncidentTypeValue = (typeof INCIDENT_TYPE_VALUES)[number];

/** Minimum fields (R1): the narrative, an LE record, stays in the incidents service. */
export interface IncidentReported {
  incidentId: string;
  campusId: string;
  occurredAt: string;
  type: IncidentTypeValue;
  studentIds: string[];
  mentalHealthCrisis: boolean;
}

export const IncidentReportedEvent = defineEvent<IncidentReported>({
  type: 'incidents.incident.reported',
  topic: INCIDENTS_INCIDENT_TOPIC,
  version: 1,
  summary: 'An incident was reported by an officer or a district system. Carries no narrative.',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['incidentId', 'campusId', 'occurredAt', 'type', 'studentIds', 'mentalHealthCrisis'],
    properties: {
      incidentId: uuid,
      campusId,
      occurredAt: dateTime,
      type: { type: 'string', enum: INCIDENT_TYPE_VALUES },
      studentIds: { type: 'array', items: studentId },
      mentalHealthCrisis: { type: 'boolean' },
    },
  },
  example: {
    incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
    campusId: 'campus-hs-01',
    occurredAt: '2026-11-23T14:05:00.000Z',
    type: 'welfare-check',
    studentIds: ['S1000001'],
    mentalHealthCrisis: true,
  },
});

export const INCIDENTS_TIP_TOPIC = 'incidents.tip.v1';

export const TIP_CATEGORY_VALUES = ['threat', 'weapon', 'self-harm-concern', 'bullying', 'substance', 'other'] as const;

/**
 * A tip arrived through a campus reporting channel (TEC 37.115). No tip text and no reporter
 * identity ever leave the incidents service: anonymous tips keep none, and a confidential
 * employee reporter stays with the police unit (R11).
 */
export interface TipReceived {
  tipId: string;
  campusId: string;
  category: (typeof TIP_CATEGORY_VALUES)[number];
  /** Students the tip is about (district ids), possibly none. */
  studentIds: string[];
  anonymous: boolean;
  receivedAt: string;
}

export const TipReceivedEvent = defineEvent<TipReceived>({
  type: 'incidents.tip.received',
  topic: INCIDENTS_TIP_TOPIC,
  version: 1,
  summary: 'A tip was received. Carries no tip text and no reporter identity; threat and weapon tips open a threat assessment.',
  keyField: 'tipId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['tipId', 'campusId', 'category', 'studentIds', 'anonymous', 'receivedAt'],
    properties: {
      tipId: uuid,
      campusId,
      category: { type: 'string', enum: TIP_CATEGORY_VALUES },
      studentIds: { type: 'array', items: studentId },
      anonymous: { type: 'boolean' },
      receivedAt: dateTime,
    },
  },
  example: {
    tipId: '5d4c3b2a-1908-4f7e-8d6c-5b4a39281706',
    campusId: 'campus-ms-02',
    category: 'threat',
    studentIds: ['S1000002'],
    anonymous: true,
    receivedAt: '2026-11-24T08:15:00.000Z',
  },
});

export const INCIDENTS_REFERRAL_TOPIC = 'incidents.referral.v1';

export const REFERRAL_DISPOSITION_VALUES = ['referred-to-behavioral-health', 'diversion-program'] as const;

/**
 * A disposition referred a student to behavioral health. Projected through libs/consent (recordType
 * `incident`, purpose `referral`, recipient unit clinical) before the outbox write: the minimum LE
 * facts a referral needs (R1, R2), never the narrative or location; one event per student.
 */
export interface ReferralRequested {
  referralRequestId: string;
  incidentId: string;
  studentId: string;
  campusId: string;
  incidentType: IncidentTypeValue;
  occurredAt: string;
  mentalHealthCrisis: boolean;
  safetyFlag: boolean;
  disposition: (typeof REFERRAL_DISPOSITION_VALUES)[number];
  requestedAt: string;
  /** R8: the clinical side may not pass these facts on without a new consent. */
  redisclosure: 'prohibited';
}

export const ReferralRequestedEvent = defineEvent<ReferralRequested>({
  type: 'incidents.referral.requested',
  topic: INCIDENTS_REFERRAL_TOPIC,
  version: 1,
  summary: 'An incident disposition referred a student to behavioral health (diversion or referral). Minimum LE facts only.',
  keyField: 'referralRequestId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: [
      'referralRequestId', 'incidentId', 'studentId', 'campusId', 'incidentType', 'occurredAt',
      'mentalHealthCrisis', 'safetyFlag', 'disposition', 'requestedAt', 'redisclosure',
    ],
    properties: {
      referralRequestId: uuid,
      incidentId: uuid,
      studentId,
      campusId,
      incidentType: { type: 'string', enum: INCIDENT_TYPE_VALUES },
      occurredAt: dateTime,
      mentalHealthCrisis: { type: 'boolean' },
      safetyFlag: { type: 'boolean' },
      disposition: { type: 'string', enum: REFERRAL_DISPOSITION_VALUES },
      requestedAt: dateTime,
      redisclosure: { type: 'string', enum: ['prohibited'] },
    },
  },
  example: {
    referralRequestId: '2a1b0c9d-8e7f-4a6b-9c5d-4e3f2a1b0c9d',
    incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
    studentId: 'S1000001',
    campusId: 'campus-hs-01',
    incidentType: 'welfare-check',
    occurredAt: '2026-11-23T14:05:00.000Z',
    mentalHealthCrisis: true,
    safetyFlag: false,
    disposition: 'diversion-program',
    requestedAt: '2026-11-23T15:30:00.000Z',
    redisclosure: 'prohibited',
  },
});

/*
 * Incident lifecycle (reported → triaged → dispatched → on-scene → cleared → closed), on the incident
 * topic. Minimum fields only (R1): ids, categories and instants; never the narrative, the location,
 * tip text, or the students involved (incidents.incident.reported already names them).
 */

export const INCIDENT_STATUS_VALUES = ['reported', 'triaged', 'dispatched', 'on-scene', 'cleared', 'closed', 'voided'] as const;
export type IncidentStatusValue = (typeof INCIDENT_STATUS_VALUES)[number];

export const INCIDENT_PRIORITY_VALUES = ['routine', 'urgent', 'emergency'] as const;
export type IncidentPriorityValue = (typeof INCIDENT_PRIORITY_VALUES)[number];

export const DISPOSITION_VALUES = [
  'no-action',
  'counselled',
  'referred-to-behavioral-health',
  'diversion-program',
  'citation',
  'arrest',
  'emergency-detention',
] as const;
export type DispositionValue = (typeof DISPOSITION_VALUES)[number];

export const FORCE_TYPE_VALUES = [
  'physical-control',
  'handcuffs',
  'takedown',
  'oc-spray',
  'conducted-energy-device',
  'baton',
  'firearm-pointed',
  'firearm-discharged',
  'other',
] as const;
export type ForceTypeValue = (typeof FORCE_TYPE_VALUES)[number];

export const INJURY_VALUES = ['none', 'minor', 'serious'] as const;
export type InjuryValue = (typeof INJURY_VALUES)[number];

export interface IncidentTriaged {
  incidentId: string;
  priority: IncidentPriorityValue;
  coResponseIndicated: boolean;
  triagedAt: string;
  /** True when a triaged incident was triaged again (e.g. no eligible pair: co-response withdrawn). */
  retriage?: boolean;
}

export const IncidentTriagedEvent = defineEvent<IncidentTriaged>({
  type: 'incidents.incident.triaged',
  topic: INCIDENTS_INCIDENT_TOPIC,
  version: 1,
  summary: 'An incident was triaged: its priority, and whether an officer-clinician co-response is indicated.',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['incidentId', 'priority', 'coResponseIndicated', 'triagedAt'],
    properties: {
      incidentId: uuid,
      priority: { type: 'string', enum: INCIDENT_PRIORITY_VALUES },
      coResponseIndicated: { type: 'boolean' },
      triagedAt: dateTime,
      retriage: { type: 'boolean' },
    },
  },
  example: { incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de', priority: 'urgent', coResponseIndicated: true, triagedAt: '2026-11-23T14:07:00.000Z' },
});

export interface IncidentDispatched {
  incidentId: string;
  campusId: string;
  /** True when an officer and an on-call clinician were sent together. */
  coResponse: boolean;
  officerStaffId: string;
  /** Null for an officer-only response (co-response not indicated at triage). */
  clinicianStaffId: string | null;
  dispatchedAt: string;
  /** Why an officer went alone although co-response was indicated (absent or null otherwise). */
  officerOnlyReason?: OfficerOnlyReasonValue | null;
  /** How the clinician joins a co-response: on scene, or remote (telehealth consult by phone or video). */
  clinicianMode?: ClinicianModeValue | null;
}

export const OFFICER_ONLY_REASON_VALUES = ['no-clinician-on-call', 'imminent-danger'] as const;
export type OfficerOnlyReasonValue = (typeof OFFICER_ONLY_REASON_VALUES)[number];

export const CLINICIAN_MODE_VALUES = ['in-person', 'remote'] as const;
export type ClinicianModeValue = (typeof CLINICIAN_MODE_VALUES)[number];

export const VOID_REASON_VALUES = ['duplicate', 'recorded-in-error', 'unfounded', 'cancelled-by-caller'] as const;
export type VoidReasonValue = (typeof VOID_REASON_VALUES)[number];

export const IncidentDispatchedEvent = defineEvent<IncidentDispatched>({
  type: 'incidents.incident.dispatched',
  topic: INCIDENTS_INCIDENT_TOPIC,
  version: 1,
  summary: 'Responders were dispatched: an eligible officer and, for a co-response, the on-call clinician (staff ids).',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['incidentId', 'campusId', 'coResponse', 'officerStaffId', 'clinicianStaffId', 'dispatchedAt'],
    properties: {
      incidentId: uuid,
      campusId,
      coResponse: { type: 'boolean' },
      officerStaffId: uuid,
      clinicianStaffId: { type: ['string', 'null'], format: 'uuid' },
      dispatchedAt: dateTime,
      officerOnlyReason: { type: ['string', 'null'], enum: [...OFFICER_ONLY_REASON_VALUES, null] },
      clinicianMode: { type: ['string', 'null'], enum: [...CLINICIAN_MODE_VALUES, null] },
    },
  },
  example: {
    incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
    campusId: 'campus-hs-01',
    coResponse: true,
    officerStaffId: '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b',
    clinicianStaffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    dispatchedAt: '2026-11-23T14:08:00.000Z',
  },
});

export interface IncidentOnScene {
  incidentId: string;
  onSceneAt: string;
}

export const IncidentOnSceneEvent = defineEvent<IncidentOnScene>({
  type: 'incidents.incident.on-scene',
  topic: INCIDENTS_INCIDENT_TOPIC,
  version: 1,
  summary: 'The dispatched responders arrived on scene.',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['incidentId', 'onSceneAt'],
    properties: { incidentId: uuid, onSceneAt: dateTime },
  },
  example: { incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de', onSceneAt: '2026-11-23T14:19:00.000Z' },
});

export interface IncidentCleared {
  incidentId: string;
  clearedAt: string;
}

export const IncidentClearedEvent = defineEvent<IncidentCleared>({
  type: 'incidents.incident.cleared',
  topic: INCIDENTS_INCIDENT_TOPIC,
  version: 1,
  summary: 'The responders cleared the scene.',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['incidentId', 'clearedAt'],
    properties: { incidentId: uuid, clearedAt: dateTime },
  },
  example: { incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de', clearedAt: '2026-11-23T15:02:00.000Z' },
});

export interface IncidentClosed {
  incidentId: string;
  closedAt: string;
}

export const IncidentClosedEvent = defineEvent<IncidentClosed>({
  type: 'incidents.incident.closed',
  topic: INCIDENTS_INCIDENT_TOPIC,
  version: 1,
  summary: 'The incident was closed, with a disposition for every student involved.',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['incidentId', 'closedAt'],
    properties: { incidentId: uuid, closedAt: dateTime },
  },
  example: { incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de', closedAt: '2026-11-24T09:00:00.000Z' },
});

/** A supervisor voided the incident (duplicate, error, unfounded, cancelled): the audit fact, no free text. */
export interface IncidentVoided {
  incidentId: string;
  campusId: string;
  /** The status it was voided from. */
  previousStatus: IncidentStatusValue;
  reason: VoidReasonValue;
  voidedBy: string;
  voidedAt: string;
}

export const IncidentVoidedEvent = defineEvent<IncidentVoided>({
  type: 'incidents.incident.voided',
  topic: INCIDENTS_INCIDENT_TOPIC,
  version: 1,
  summary: 'A supervisor voided (cancelled) the incident, with a reason category and who did it.',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['incidentId', 'campusId', 'previousStatus', 'reason', 'voidedBy', 'voidedAt'],
    properties: {
      incidentId: uuid,
      campusId,
      previousStatus: { type: 'string', enum: INCIDENT_STATUS_VALUES },
      reason: { type: 'string', enum: VOID_REASON_VALUES },
      voidedBy: { type: 'string', minLength: 1, maxLength: 128 },
      voidedAt: dateTime,
    },
  },
  example: {
    incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
    campusId: 'campus-hs-01',
    previousStatus: 'triaged',
    reason: 'duplicate',
    voidedBy: 'police-chief-1',
    voidedAt: '2026-11-23T14:30:00.000Z',
  },
});

/** No student id: the clinical side learns of referrals from incidents.referral.requested only. */
export interface IncidentDispositionRecorded {
  incidentId: string;
  dispositionId: string;
  disposition: DispositionValue;
  recordedAt: string;
}

export const IncidentDispositionRecordedEvent = defineEvent<IncidentDispositionRecorded>({
  type: 'incidents.incident.disposition-recorded',
  topic: INCIDENTS_INCIDENT_TOPIC,
  version: 1,
  summary: 'A disposition was recorded for one student of the incident (category only; no student id, no narrative).',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['incidentId', 'dispositionId', 'disposition', 'recordedAt'],
    properties: {
      incidentId: uuid,
      dispositionId: uuid,
      disposition: { type: 'string', enum: DISPOSITION_VALUES },
      recordedAt: dateTime,
    },
  },
  example: {
    incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
    dispositionId: '4d3c2b1a-0f9e-48d7-9c6b-5a4f3e2d1c0b',
    disposition: 'diversion-program',
    recordedAt: '2026-11-23T15:30:00.000Z',
  },
});

export interface IncidentUseOfForceRecorded {
  incidentId: string;
  useOfForceId: string;
  forceType: ForceTypeValue;
  subjectInjury: InjuryValue;
  officerInjury: InjuryValue;
  clinicianPresent: boolean;
  recordedAt: string;
}

export const IncidentUseOfForceRecordedEvent = defineEvent<IncidentUseOfForceRecorded>({
  type: 'incidents.incident.use-of-force-recorded',
  topic: INCIDENTS_INCIDENT_TOPIC,
  version: 1,
  summary: 'A use of force was recorded: its type, injuries and whether a clinician was present (no narrative, no student id).',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['incidentId', 'useOfForceId', 'forceType', 'subjectInjury', 'officerInjury', 'clinicianPresent', 'recordedAt'],
    properties: {
      incidentId: uuid,
      useOfForceId: uuid,
      forceType: { type: 'string', enum: FORCE_TYPE_VALUES },
      subjectInjury: { type: 'string', enum: INJURY_VALUES },
      officerInjury: { type: 'string', enum: INJURY_VALUES },
      clinicianPresent: { type: 'boolean' },
      recordedAt: dateTime,
    },
  },
  example: {
    incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
    useOfForceId: '6b5a4f3e-2d1c-4b0a-9f8e-7d6c5b4a3f2e',
    forceType: 'physical-control',
    subjectInjury: 'none',
    officerInjury: 'none',
    clinicianPresent: true,
    recordedAt: '2026-11-23T14:40:00.000Z',
  },
});
