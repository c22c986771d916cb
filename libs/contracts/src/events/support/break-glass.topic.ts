import { dateTime, defineEvent, studentId, uuid } from '../define-event.js';
import { Payload, Type, type Static } from '../schema/payload-schema.js';

/**
 * Clinical-only: clinical supervisors review every emergency access (R6). Carries the threat and
 * the justification as written by the person who broke the glass, and never any record content.
 */
export const SUPPORT_BREAK_GLASS_TOPIC = 'support.break-glass.v1';

const text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

export const BreakGlassGrantedSchema = Payload({
  grantId: uuid,
  studentId,
  grantee: text(128),
  granteeRole: text(32),
  /** Units, roles or people named, as `unit:police`, `role:officer`, `person:<id>`. */
  recipients: Type.Array(text(160)),
  threat: text(2000),
  justification: text(2000),
  issuedAt: dateTime,
  expiresAt: dateTime,
});
export type BreakGlassGranted = Static<typeof BreakGlassGrantedSchema>;

export const BreakGlassGrantedEvent = defineEvent({
  type: 'support.break-glass.granted',
  topic: SUPPORT_BREAK_GLASS_TOPIC,
  version: 1,
  summary: "Someone broke the glass on one student's safety and clinical education records (R6): for clinical supervisors. Never PSY-NOTE or SUD content.",
  keyField: 'grantId',
  schema: BreakGlassGrantedSchema,
  example: {
    grantId: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    studentId: 'S1000001',
    grantee: 'officer-7',
    granteeRole: 'officer',
    recipients: ['person:officer-7', 'unit:police'],
    threat: 'Student posted a specific threat to bring a weapon to campus today.',
    justification: 'Responding officers need the safety plan to de-escalate safely.',
    issuedAt: '2026-11-24T08:30:00.000Z',
    expiresAt: '2026-11-25T08:30:00.000Z',
  },
});

export const BreakGlassEndedSchema = Payload({
  grantId: uuid,
  studentId,
  /** Who ended it: the person who broke the glass, a bh-director or an admin. */
  endedBy: text(128),
  endedByRole: text(32),
  /** As written by whoever ended it. */
  reason: text(1000),
  /** Effective from this instant: reads under the grant are denied and what it opened for the police unit is withdrawn. */
  endedAt: dateTime,
  /** When the grant would have expired. */
  expiresAt: dateTime,
});
export type BreakGlassEnded = Static<typeof BreakGlassEndedSchema>;

export const BreakGlassEndedEvent = defineEvent({
  type: 'support.break-glass.ended',
  topic: SUPPORT_BREAK_GLASS_TOPIC,
  version: 1,
  summary: 'A break-the-glass grant was ended before its expiry (R6): for clinical supervisors. Names the grant, who ended it and why; never record content.',
  keyField: 'grantId',
  schema: BreakGlassEndedSchema,
  example: {
    grantId: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    studentId: 'S1000001',
    endedBy: 'officer-7',
    endedByRole: 'officer',
    reason: 'The student is safe at home with a guardian; the emergency is over.',
    endedAt: '2026-11-24T11:05:00.000Z',
    expiresAt: '2026-11-25T08:30:00.000Z',
  },
});
