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
