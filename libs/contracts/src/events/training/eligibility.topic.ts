import { date, dateTime, defineEvent, uuid } from '../define-event.js';
import { Nullable, Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';

export const TRAINING_ELIGIBILITY_TOPIC = 'training.eligibility.v1';

/**
 * The officer half of co-responder eligibility (policy: a current CIT certification), as training
 * sees it after a grant, a revocation or an expiry. Keyed by staff id so one person's changes stay in order.
 */
export const EligibilityChangedSchema = Payload({
  staffId: uuid,
  citCertified: Type.Boolean(),
  /** Last day (inclusive) the current CIT certification is valid; null when none or it never expires. */
  validThrough: Nullable(date),
  /** The certification that makes them eligible, or null when not eligible. */
  certificationId: Nullable(uuid),
  reason: StringEnum(['granted', 'revoked', 'expired']),
  /** The instant the change takes effect. */
  effectiveAt: dateTime,
});
export type EligibilityChanged = Static<typeof EligibilityChangedSchema>;

export const EligibilityChangedEvent = defineEvent({
  type: 'training.eligibility.changed',
  topic: TRAINING_ELIGIBILITY_TOPIC,
  version: 1,
  summary: "A staff member's co-responder training eligibility (current CIT certification) changed.",
  keyField: 'staffId',
  schema: EligibilityChangedSchema,
  example: {
    staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    citCertified: false,
    validThrough: null,
    certificationId: null,
    reason: 'expired',
    effectiveAt: '2028-11-23T06:00:00.000Z',
  },
});
