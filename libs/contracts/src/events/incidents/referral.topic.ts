import { campusId, dateTime, defineEvent, studentId, uuid } from '../define-event.js';
import { Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';
import { INCIDENT_TYPE_VALUES } from './incident.values.js';

export const INCIDENTS_REFERRAL_TOPIC = 'incidents.referral.v1';

export const REFERRAL_DISPOSITION_VALUES = ['referred-to-behavioral-health', 'diversion-program'] as const;

/**
 * A disposition referred a student to behavioral health. Projected through libs/consent (recordType
 * `incident`, purpose `referral`, recipient unit clinical) before the outbox write: the minimum LE
 * facts a referral needs (R1, R2), never the narrative or location; one event per student.
 */
export const ReferralRequestedSchema = Payload({
  referralRequestId: uuid,
  incidentId: uuid,
  studentId,
  campusId,
  incidentType: StringEnum(INCIDENT_TYPE_VALUES),
  occurredAt: dateTime,
  mentalHealthCrisis: Type.Boolean(),
  safetyFlag: Type.Boolean(),
  disposition: StringEnum(REFERRAL_DISPOSITION_VALUES),
  requestedAt: dateTime,
  /** R8: the clinical side may not pass these facts on without a new consent. */
  redisclosure: StringEnum(['prohibited']),
});
export type ReferralRequested = Static<typeof ReferralRequestedSchema>;

export const ReferralRequestedEvent = defineEvent({
  type: 'incidents.referral.requested',
  topic: INCIDENTS_REFERRAL_TOPIC,
  version: 1,
  summary: 'An incident disposition referred a student to behavioral health (diversion or referral). Minimum LE facts only.',
  keyField: 'referralRequestId',
  schema: ReferralRequestedSchema,
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
