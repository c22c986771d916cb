import { campusId, dateTime, defineEvent, studentId, uuid } from '../define-event.js';
import { Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';

export const INCIDENTS_TIP_TOPIC = 'incidents.tip.v1';

export const TIP_CATEGORY_VALUES = ['threat', 'weapon', 'self-harm-concern', 'bullying', 'substance', 'other'] as const;

/**
 * A tip arrived through a campus reporting channel (TEC 37.115). No tip text and no reporter
 * identity ever leave the incidents service: anonymous tips keep none, and a confidential
 * employee reporter stays with the police unit (R11).
 */
export const TipReceivedSchema = Payload({
  tipId: uuid,
  campusId,
  category: StringEnum(TIP_CATEGORY_VALUES),
  /** Students the tip is about (district ids), possibly none. */
  studentIds: Type.Array(studentId),
  anonymous: Type.Boolean(),
  receivedAt: dateTime,
});
export type TipReceived = Static<typeof TipReceivedSchema>;

export const TipReceivedEvent = defineEvent({
  type: 'incidents.tip.received',
  topic: INCIDENTS_TIP_TOPIC,
  version: 1,
  summary: 'A tip was received. Carries no tip text and no reporter identity; threat and weapon tips open a threat assessment.',
  keyField: 'tipId',
  schema: TipReceivedSchema,
  example: {
    tipId: '5d4c3b2a-1908-4f7e-8d6c-5b4a39281706',
    campusId: 'campus-ms-02',
    category: 'threat',
    studentIds: ['S1000002'],
    anonymous: true,
    receivedAt: '2026-11-24T08:15:00.000Z',
  },
});
