import { campusId, defineEvent, studentId, uuid } from './define-event.js';

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
