import { campusId, dateTime, defineEvent, uuid } from '../define-event.js';
import { Payload, Type, type Static } from '../schema/payload-schema.js';

export const STAFFING_ON_CALL_TOPIC = 'staffing.on-call.v1';

/** The full current state of one on-call shift; a shift may cover campuses of several units (shared clinicians). */
export const OnCallShiftSchema = Payload({
  shiftId: uuid,
  staffId: uuid,
  campusIds: Type.Array(campusId, { minItems: 1 }),
  startsAt: dateTime,
  /** Exclusive. */
  endsAt: dateTime,
  cancelled: Type.Boolean(),
});
export type OnCallShift = Static<typeof OnCallShiftSchema>;

const onCallExample: OnCallShift = {
  shiftId: '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918',
  staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  campusIds: ['campus-hs-01', 'campus-ms-02'],
  startsAt: '2026-12-01T14:00:00.000Z',
  endsAt: '2026-12-02T02:00:00.000Z',
  cancelled: false,
};

export const OnCallShiftPublishedEvent = defineEvent({
  type: 'staffing.on-call-shift.published',
  topic: STAFFING_ON_CALL_TOPIC,
  version: 1,
  summary: 'A clinician on-call shift was published for one or more campuses, from startsAt until endsAt (exclusive).',
  keyField: 'shiftId',
  schema: OnCallShiftSchema,
  example: onCallExample,
});

export const OnCallShiftChangedEvent = defineEvent({
  type: 'staffing.on-call-shift.changed',
  topic: STAFFING_ON_CALL_TOPIC,
  version: 1,
  summary: 'A published on-call shift changed (times, campuses or clinician) or was cancelled. Carries the whole shift.',
  keyField: 'shiftId',
  schema: OnCallShiftSchema,
  example: { ...onCallExample, cancelled: true },
});
