import { DISTRICT_ID_PATTERN, defineEvent, uuid } from '../define-event.js';
import { Nullable, Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';

export const STAFFING_STAFF_TOPIC = 'staffing.staff.v1';

export const STAFF_ROLE_VALUES = ['officer', 'clinician', 'supervisor', 'director'] as const;
export const UNIT_VALUES = ['police', 'behavioral-health'] as const;

export const StaffAddedSchema = Payload({
  staffId: uuid,
  employeeId: Type.String({ pattern: DISTRICT_ID_PATTERN }),
  role: StringEnum(STAFF_ROLE_VALUES),
  unit: StringEnum(UNIT_VALUES),
  licensed: Type.Boolean(),
  /** The staff member's supervisor on the roster (chain of command for peer-support matching, W8); absent when none. */
  supervisorId: Type.Optional(Nullable(uuid)),
});
export type StaffAdded = Static<typeof StaffAddedSchema>;

export const StaffAddedEvent = defineEvent({
  type: 'staffing.staff.added',
  topic: STAFFING_STAFF_TOPIC,
  version: 1,
  summary: 'A staff member joined the roster (active).',
  keyField: 'staffId',
  schema: StaffAddedSchema,
  example: { staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', employeeId: 'E20417', role: 'clinician', unit: 'behavioral-health', licensed: true, supervisorId: null },
});

export const StaffDeactivatedSchema = Payload({
  staffId: uuid,
  reason: StringEnum(['separated', 'leave', 'recorded-in-error', 'other']),
});
export type StaffDeactivated = Static<typeof StaffDeactivatedSchema>;

export const StaffDeactivatedEvent = defineEvent({
  type: 'staffing.staff.deactivated',
  topic: STAFFING_STAFF_TOPIC,
  version: 1,
  summary: 'A staff member left active duty: from now on they are never assigned, on call or dispatched.',
  keyField: 'staffId',
  schema: StaffDeactivatedSchema,
  example: { staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', reason: 'separated' },
});
