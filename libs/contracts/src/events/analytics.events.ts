import { campusId, date, defineEvent, uuid } from './define-event.js';
import {
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
} from './incidents.events.js';

/**
 * The data teams' de-identified stream (R12): pseudonymous student ids (keyed HMAC, rotatable,
 * `pseudonymKeyId` says which key), no free text, dates truncated to the day, categorical fields only.
 */
export const ANALYTICS_INCIDENT_TOPIC = 'analytics.incident.v1';

export interface AnalyticsIncidentReported {
  incidentId: string;
  campusId: string;
  occurredOn: string;
  type: IncidentTypeValue;
  mentalHealthCrisis: boolean;
  studentPseudonyms: string[];
  pseudonymKeyId: string;
}

export const AnalyticsIncidentReportedEvent = defineEvent<AnalyticsIncidentReported>({
  type: 'analytics.incident.reported',
  topic: ANALYTICS_INCIDENT_TOPIC,
  version: 1,
  summary: 'De-identified: an incident was reported. Pseudonymous students, day-level date, no narrative.',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['incidentId', 'campusId', 'occurredOn', 'type', 'mentalHealthCrisis', 'studentPseudonyms', 'pseudonymKeyId'],
    properties: {
      incidentId: uuid,
      campusId,
      occurredOn: date,
      type: { type: 'string', enum: INCIDENT_TYPE_VALUES },
      mentalHealthCrisis: { type: 'boolean' },
      studentPseudonyms: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z0-9_-]{22,64}$' } },
      pseudonymKeyId: { type: 'string', minLength: 1, maxLength: 32 },
    },
  },
  example: {
    incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
    campusId: 'campus-hs-01',
    occurredOn: '2026-11-23',
    type: 'welfare-check',
    mentalHealthCrisis: true,
    studentPseudonyms: ['mXq3vJ0c1bYd9e8F7g6H5i4J3k2L1m0N'],
    pseudonymKeyId: '2026-1',
  },
});

const pseudonym = { type: 'string' as const, pattern: '^[A-Za-z0-9_-]{22,64}$' };
const keyId = { type: 'string' as const, minLength: 1, maxLength: 32 };

/** Co-response time for the data teams: whole minutes from dispatch to arrival, never the instants. */
export interface AnalyticsIncidentResponded {
  incidentId: string;
  campusId: string;
  respondedOn: string;
  priority: IncidentPriorityValue;
  coResponse: boolean;
  /** Whole minutes (rounded down) from dispatch to on-scene. */
  dispatchToOnSceneMinutes: number;
}

export const AnalyticsIncidentRespondedEvent = defineEvent<AnalyticsIncidentResponded>({
  type: 'analytics.incident.responded',
  topic: ANALYTICS_INCIDENT_TOPIC,
  version: 1,
  summary: 'De-identified: responders arrived on scene; co-response or officer-only, and whole minutes from dispatch.',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['incidentId', 'campusId', 'respondedOn', 'priority', 'coResponse', 'dispatchToOnSceneMinutes'],
    properties: {
      incidentId: uuid,
      campusId,
      respondedOn: date,
      priority: { type: 'string', enum: INCIDENT_PRIORITY_VALUES },
      coResponse: { type: 'boolean' },
      dispatchToOnSceneMinutes: { type: 'integer', minimum: 0 },
    },
  },
  example: {
    incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
    campusId: 'campus-hs-01',
    respondedOn: '2026-11-23',
    priority: 'urgent',
    coResponse: true,
    dispatchToOnSceneMinutes: 11,
  },
});

/** Diversion vs arrest, per pseudonymous student. */
export interface AnalyticsDispositionRecorded {
  incidentId: string;
  dispositionId: string;
  campusId: string;
  recordedOn: string;
  incidentType: IncidentTypeValue;
  mentalHealthCrisis: boolean;
  disposition: DispositionValue;
  studentPseudonym: string;
  pseudonymKeyId: string;
}

export const AnalyticsDispositionRecordedEvent = defineEvent<AnalyticsDispositionRecorded>({
  type: 'analytics.incident.disposition-recorded',
  topic: ANALYTICS_INCIDENT_TOPIC,
  version: 1,
  summary: 'De-identified: a disposition (diversion, referral, arrest, …) for one pseudonymous student of an incident.',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['incidentId', 'dispositionId', 'campusId', 'recordedOn', 'incidentType', 'mentalHealthCrisis', 'disposition', 'studentPseudonym', 'pseudonymKeyId'],
    properties: {
      incidentId: uuid,
      dispositionId: uuid,
      campusId,
      recordedOn: date,
      incidentType: { type: 'string', enum: INCIDENT_TYPE_VALUES },
      mentalHealthCrisis: { type: 'boolean' },
      disposition: { type: 'string', enum: DISPOSITION_VALUES },
      studentPseudonym: pseudonym,
      pseudonymKeyId: keyId,
    },
  },
  example: {
    incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
    dispositionId: '4d3c2b1a-0f9e-48d7-9c6b-5a4f3e2d1c0b',
    campusId: 'campus-hs-01',
    recordedOn: '2026-11-23',
    incidentType: 'welfare-check',
    mentalHealthCrisis: true,
    disposition: 'diversion-program',
    studentPseudonym: 'mXq3vJ0c1bYd9e8F7g6H5i4J3k2L1m0N',
    pseudonymKeyId: '2026-1',
  },
});

/** Use of force with and without a clinician present. */
export interface AnalyticsUseOfForceRecorded {
  incidentId: string;
  useOfForceId: string;
  campusId: string;
  recordedOn: string;
  forceType: ForceTypeValue;
  subjectInjury: InjuryValue;
  officerInjury: InjuryValue;
  clinicianPresent: boolean;
  /** Null when the force was not used on a student of the incident. */
  studentPseudonym: string | null;
  pseudonymKeyId: string;
}

export const AnalyticsUseOfForceRecordedEvent = defineEvent<AnalyticsUseOfForceRecorded>({
  type: 'analytics.incident.use-of-force-recorded',
  topic: ANALYTICS_INCIDENT_TOPIC,
  version: 1,
  summary: 'De-identified: a use of force, its injuries and whether a clinician was present.',
  keyField: 'incidentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: [
      'incidentId', 'useOfForceId', 'campusId', 'recordedOn', 'forceType', 'subjectInjury', 'officerInjury', 'clinicianPresent',
      'studentPseudonym', 'pseudonymKeyId',
    ],
    properties: {
      incidentId: uuid,
      useOfForceId: uuid,
      campusId,
      recordedOn: date,
      forceType: { type: 'string', enum: FORCE_TYPE_VALUES },
      subjectInjury: { type: 'string', enum: INJURY_VALUES },
      officerInjury: { type: 'string', enum: INJURY_VALUES },
      clinicianPresent: { type: 'boolean' },
      studentPseudonym: { type: ['string', 'null'], pattern: '^[A-Za-z0-9_-]{22,64}$' },
      pseudonymKeyId: keyId,
    },
  },
  example: {
    incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
    useOfForceId: '6b5a4f3e-2d1c-4b0a-9f8e-7d6c5b4a3f2e',
    campusId: 'campus-hs-01',
    recordedOn: '2026-11-23',
    forceType: 'physical-control',
    subjectInjury: 'none',
    officerInjury: 'none',
    clinicianPresent: true,
    studentPseudonym: 'mXq3vJ0c1bYd9e8F7g6H5i4J3k2L1m0N',
    pseudonymKeyId: '2026-1',
  },
});
