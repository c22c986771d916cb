import { dateTime, defineEvent, studentId, uuid } from '../define-event.js';
import { Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';

/**
 * Police-readable (audience all-services): clinical records as libs/consent project() lets the
 * police unit see them, under unit-wide bases only (a consent or a grant naming the police
 * unit), written after projection and never before (R1, R3). One projection per record and
 * purpose, keyed by an opaque projection id (never the record id, which may itself be withheld).
 */
export const SUPPORT_POLICE_PROJECTION_TOPIC = 'support.police-projection.v1';

export const POLICE_PROJECTION_RECORD_TYPES = ['referral', 'safety-plan', 'threat-assessment', 'support-plan'] as const;

export const PoliceProjectionPublishedSchema = Payload({
  projectionId: uuid,
  recordType: StringEnum(POLICE_PROJECTION_RECORD_TYPES),
  studentId,
  /** What the police unit may use it for; reads must ask for the same purpose. */
  purpose: Type.String({ minLength: 1, maxLength: 64 }),
  /** The projected fields, nothing else (R3): never PSY-NOTE, SUD only under a Part 2 consent (R5). */
  data: Type.Unsafe<Record<string, unknown>>({ type: 'object' }),
  /** R9: the consents it was built under; a revocation of any drops it. */
  consentIds: Type.Array(uuid),
  /** R6: the break-the-glass grants it was built under. */
  grantIds: Type.Array(uuid),
  /** R8: the police unit may not pass it on without a new consent. */
  redisclosure: StringEnum(['prohibited']),
  /** Notices that travel with the data (42 CFR 2.32 for SUD, R5). */
  notices: Type.Array(Type.String()),
  /** When the earliest basis ends (a consent's expiry, a grant's end): no longer shown from then on. */
  validUntil: dateTime,
  projectedAt: dateTime,
});
export type PoliceProjectionPublished = Static<typeof PoliceProjectionPublishedSchema>;

export const PoliceProjectionPublishedEvent = defineEvent({
  type: 'support.police-projection.published',
  topic: SUPPORT_POLICE_PROJECTION_TOPIC,
  version: 1,
  summary: 'A clinical record as the police unit may see it (consent-projected through libs/consent, R1/R3/R8/R9). Replaces the previous one with the same projection id.',
  keyField: 'projectionId',
  schema: PoliceProjectionPublishedSchema,
  example: {
    projectionId: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b',
    recordType: 'referral',
    studentId: 'S1000001',
    purpose: 'co-response',
    data: { id: 'c63c72f4-0acc-49b8-9c19-3f723a97287c', studentId: 'S1000001', campusId: 'campus-hs-01', status: 'received', safetyFlag: true },
    consentIds: ['7c0e2a8f-3b41-4d6e-9f5a-1c2b3d4e5f60'],
    grantIds: [],
    redisclosure: 'prohibited',
    notices: [],
    validUntil: '2027-06-01T05:00:00.000Z',
    projectedAt: '2026-11-23T15:00:00.000Z',
  },
});

export const PoliceProjectionWithdrawnSchema = Payload({ projectionId: uuid, withdrawnAt: dateTime });
export type PoliceProjectionWithdrawn = Static<typeof PoliceProjectionWithdrawnSchema>;

export const PoliceProjectionWithdrawnEvent = defineEvent({
  type: 'support.police-projection.withdrawn',
  topic: SUPPORT_POLICE_PROJECTION_TOPIC,
  version: 1,
  summary: 'Nothing of this record may be shown to the police unit any more (basis revoked or ended, R9): drop the projection.',
  keyField: 'projectionId',
  schema: PoliceProjectionWithdrawnSchema,
  example: { projectionId: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b', withdrawnAt: '2026-12-01T16:30:00.000Z' },
});
