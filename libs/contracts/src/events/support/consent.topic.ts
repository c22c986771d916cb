import { dateTime, defineEvent, uuid } from '../define-event.js';
import { Payload, type Static } from '../schema/payload-schema.js';

/**
 * Police-readable (audience all-services): police-side read models hold data built under
 * consents, so they must hear of revocations (R9). The events name the consent only: which
 * student consented to release which classes is itself clinical information (a consent covering
 * SUD reveals a Part 2 record), so the student, classes, purposes and signer stay in the service.
 */
export const SUPPORT_CONSENT_TOPIC = 'support.consent.v1';

export const ConsentGrantedSchema = Payload({ consentId: uuid, effectiveFrom: dateTime, expiresAt: dateTime, grantedAt: dateTime });
export type ConsentGranted = Static<typeof ConsentGrantedSchema>;

export const ConsentGrantedEvent = defineEvent({
  type: 'support.consent.granted',
  topic: SUPPORT_CONSENT_TOPIC,
  version: 1,
  summary: 'A consent to disclose was recorded (R4). Names the consent and its period only: no student, classes, purposes or signer.',
  keyField: 'consentId',
  schema: ConsentGrantedSchema,
  example: {
    consentId: '7c0e2a8f-3b41-4d6e-9f5a-1c2b3d4e5f60',
    effectiveFrom: '2026-11-23T15:00:00.000Z',
    expiresAt: '2027-06-01T05:00:00.000Z',
    grantedAt: '2026-11-23T15:00:00.000Z',
  },
});

export const ConsentRevokedSchema = Payload({
  consentId: uuid,
  /** Effective from this instant forward (R4): projections built under the consent must go (R9). */
  revokedAt: dateTime,
});
export type ConsentRevoked = Static<typeof ConsentRevokedSchema>;

export const ConsentRevokedEvent = defineEvent({
  type: 'support.consent.revoked',
  topic: SUPPORT_CONSENT_TOPIC,
  version: 1,
  summary: 'A consent was revoked (R4, R9): every projection built under it drops its data. Names the consent only.',
  keyField: 'consentId',
  schema: ConsentRevokedSchema,
  example: { consentId: '7c0e2a8f-3b41-4d6e-9f5a-1c2b3d4e5f60', revokedAt: '2026-12-01T16:30:00.000Z' },
});
