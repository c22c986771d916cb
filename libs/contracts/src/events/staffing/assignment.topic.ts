import { campusId, date, defineEvent, uuid } from '../define-event.js';
import { Nullable, Payload, Type, type Static } from '../schema/payload-schema.js';

export const STAFFING_ASSIGNMENT_TOPIC = 'staffing.assignment.v1';

/**
 * The full current state of one campus assignment (not a delta), so a consumer can upsert it.
 * Dates are district-local calendar days; effectiveTo is exclusive, null means open-ended.
 */
export const AssignmentChangedSchema = Payload({
  assignmentId: uuid,
  staffId: uuid,
  campusId,
  primary: Type.Boolean(),
  effectiveFrom: date,
  effectiveTo: Nullable(date),
  /** True when the assignment was withdrawn altogether (recorded in error). */
  cancelled: Type.Boolean(),
});
export type AssignmentChanged = Static<typeof AssignmentChangedSchema>;

export const AssignmentChangedEvent = defineEvent({
  type: 'staffing.assignment.changed',
  topic: STAFFING_ASSIGNMENT_TOPIC,
  version: 1,
  summary: 'A campus assignment was created, ended or withdrawn. Carries the whole assignment; upsert by assignmentId.',
  keyField: 'assignmentId',
  schema: AssignmentChangedSchema,
  example: {
    assignmentId: '3c2b1a09-8f7e-4d6c-9b5a-493827160504',
    staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    campusId: 'campus-hs-01',
    primary: true,
    effectiveFrom: '2026-08-15',
    effectiveTo: null,
    cancelled: false,
  },
});
