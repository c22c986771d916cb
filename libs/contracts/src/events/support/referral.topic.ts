import { campusId, dateTime, defineEvent, studentId, uuid } from '../define-event.js';
import { Nullable, Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';
import { staffRef } from './staff-ref.js';

/** Clinical-side topic: read by the clinical service only; police-side consumers never subscribe. */
export const SUPPORT_REFERRAL_TOPIC = 'support.referral.v1';

export const REFERRAL_SOURCE_VALUES = ['incident', 'staff', 'self', 'parent'] as const;

/** Carries no reason text: clinical free text stays in the support-plans service. */
export const ReferralReceivedSchema = Payload({
  referralId: uuid,
  studentId,
  campusId,
  source: StringEnum(REFERRAL_SOURCE_VALUES),
  incidentId: Nullable(uuid),
});
export type ReferralReceived = Static<typeof ReferralReceivedSchema>;

export const ReferralReceivedEvent = defineEvent({
  type: 'support.referral.received',
  topic: SUPPORT_REFERRAL_TOPIC,
  version: 1,
  summary: 'A referral to behavioral health was recorded. No clinical free text.',
  keyField: 'referralId',
  schema: ReferralReceivedSchema,
  example: { referralId: 'c63c72f4-0acc-49b8-9c19-3f723a97287c', studentId: 'S1000001', campusId: 'campus-hs-01', source: 'staff', incidentId: null },
});

// Referral decisions carry no free text either: the written reasons stay in the service.

export const REFERRAL_DECLINE_REASON_VALUES = [
  'no-clinical-need', 'already-in-services', 'served-elsewhere', 'family-declined', 'duplicate', 'outside-district', 'other',
] as const;

const decided = {
  referralId: uuid,
  studentId,
  campusId,
  source: StringEnum(REFERRAL_SOURCE_VALUES),
  incidentId: Nullable(uuid),
  decidedBy: staffRef,
  decidedAt: dateTime,
};
const decidedExample = {
  referralId: 'c63c72f4-0acc-49b8-9c19-3f723a97287c',
  studentId: 'S1000001',
  campusId: 'campus-hs-01',
  source: 'incident' as const,
  incidentId: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de',
  decidedBy: 'clinician-3',
  decidedAt: '2026-11-24T09:00:00.000Z',
};

export const ReferralAcceptedSchema = Payload({ ...decided, assignedClinicianId: Nullable(Type.String({ maxLength: 128 })) });
export type ReferralAccepted = Static<typeof ReferralAcceptedSchema>;

export const ReferralAcceptedEvent = defineEvent({
  type: 'support.referral.accepted',
  topic: SUPPORT_REFERRAL_TOPIC,
  version: 1,
  summary: 'A clinician accepted a referral. No reason text.',
  keyField: 'referralId',
  schema: ReferralAcceptedSchema,
  example: { ...decidedExample, assignedClinicianId: 'clinician-3' },
});

export const ReferralDeclinedSchema = Payload({ ...decided, declineReason: StringEnum(REFERRAL_DECLINE_REASON_VALUES) });
export type ReferralDeclined = Static<typeof ReferralDeclinedSchema>;

export const ReferralDeclinedEvent = defineEvent({
  type: 'support.referral.declined',
  topic: SUPPORT_REFERRAL_TOPIC,
  version: 1,
  summary: 'A clinician declined a referral, with a categorical reason (the written reason stays in the service).',
  keyField: 'referralId',
  schema: ReferralDeclinedSchema,
  example: { ...decidedExample, declineReason: 'already-in-services' },
});
