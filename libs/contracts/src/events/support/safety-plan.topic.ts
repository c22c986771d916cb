import { campusId, date, dateTime, defineEvent, studentId, uuid } from '../define-event.js';
import { Nullable, Payload, Type, type Static } from '../schema/payload-schema.js';
import { staffRef } from './staff-ref.js';

export const SUPPORT_SAFETY_PLAN_TOPIC = 'support.safety-plan.v1';

export const SafetyPlanRecordedSchema = Payload({
  safetyPlanId: uuid,
  studentId,
  campusId,
  caseId: Nullable(uuid),
  reviewOn: Nullable(date),
  version: Type.Integer({ minimum: 1 }),
  recordedBy: staffRef,
  recordedAt: dateTime,
});
export type SafetyPlanRecorded = Static<typeof SafetyPlanRecordedSchema>;

export const SafetyPlanRecordedEvent = defineEvent({
  type: 'support.safety-plan.recorded',
  topic: SUPPORT_SAFETY_PLAN_TOPIC,
  version: 1,
  summary: 'A safety plan was written or revised (version 1 is the first). No plan content: it is read through the consent rules.',
  keyField: 'safetyPlanId',
  schema: SafetyPlanRecordedSchema,
  example: {
    safetyPlanId: '3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7',
    studentId: 'S1000002',
    campusId: 'campus-ms-02',
    caseId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    reviewOn: '2026-12-08',
    version: 1,
    recordedBy: 'clinician-3',
    recordedAt: '2026-11-24T10:00:00.000Z',
  },
});
