import { campusId, date, dateTime, defineEvent, uuid } from './define-event.js';

export const STAFFING_STAFF_TOPIC = 'staffing.staff.v1';

export const STAFF_ROLE_VALUES = ['officer', 'clinician', 'supervisor', 'director'] as const;
export const UNIT_VALUES = ['police', 'behavioral-health'] as const;

export interface StaffAdded {
  staffId: string;
  employeeId: string;
  role: (typeof STAFF_ROLE_VALUES)[number];
  unit: (typeof UNIT_VALUES)[number];
  licensed: boolean;
  /** The staff member's supervisor on the roster (chain of command for peer-support matching, W8); absent when none. */
  supervisorId?: string | null;
}

export const StaffAddedEvent = defineEvent<StaffAdded>({
  type: 'staffing.staff.added',
  topic: STAFFING_STAFF_TOPIC,
  version: 1,
  summary: 'A staff member joined the roster (active).',
  keyField: 'staffId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['staffId', 'employeeId', 'role', 'unit', 'licensed'],
    properties: {
      staffId: uuid,
      employeeId: { type: 'string', pattern: '^[A-Za-z0-9-]{1,32}$' },
      role: { type: 'string', enum: STAFF_ROLE_VALUES },
      unit: { type: 'string', enum: UNIT_VALUES },
      licensed: { type: 'boolean' },
      supervisorId: { type: ['string', 'null'], format: 'uuid' },
    },
  },
  example: { staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', employeeId: 'E20417', role: 'clinician', unit: 'behavioral-health', licensed: true, supervisorId: null },
});

export interface StaffDeactivated {
  staffId: string;
  reason: 'separated' | 'leave' | 'recorded-in-error' | 'other';
}

export const StaffDeactivatedEvent = defineEvent<StaffDeactivated>({
  type: 'staffing.staff.deactivated',
  topic: STAFFING_STAFF_TOPIC,
  version: 1,
  summary: 'A staff member left active duty: from now on they are never assigned, on call or dispatched.',
  keyField: 'staffId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['staffId', 'reason'],
    properties: {
      staffId: uuid,
      reason: { type: 'string', enum: ['separated', 'leave', 'recorded-in-error', 'other'] },
    },
  },
  example: { staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', reason: 'separated' },
});

export const STAFFING_ASSIGNMENT_TOPIC = 'staffing.assignment.v1';

/**
 * The full current state of one campus assignment (not a delta), so a consumer can upsert it.
 * Dates are district-local calendar days; effectiveTo is exclusive, null means open-ended.
 */
export interface AssignmentChanged {
  assignmentId: string;
  staffId: string;
  campusId: string;
  primary: boolean;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** True when the assignment was withdrawn altogether (recorded in error). */
  cancelled: boolean;
}

export const AssignmentChangedEvent = defineEvent<AssignmentChanged>({
  type: 'staffing.assignment.changed',
  topic: STAFFING_ASSIGNMENT_TOPIC,
  version: 1,
  summary: 'A campus assignment was created, ended or withdrawn. Carries the whole assignment; upsert by assignmentId.',
  keyField: 'assignmentId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['assignmentId', 'staffId', 'campusId', 'primary', 'effectiveFrom', 'effectiveTo', 'cancelled'],
    properties: {
      assignmentId: uuid,
      staffId: uuid,
      campusId,
      primary: { type: 'boolean' },
      effectiveFrom: date,
      effectiveTo: { type: ['string', 'null'], format: 'date' },
      cancelled: { type: 'boolean' },
    },
  },
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

export const STAFFING_ON_CALL_TOPIC = 'staffing.on-call.v1';

/** The full current state of one on-call shift; a shift may cover campuses of several units (shared clinicians). */
export interface OnCallShift {
  shiftId: string;
  staffId: string;
  campusIds: string[];
  startsAt: string;
  /** Exclusive. */
  endsAt: string;
  cancelled: boolean;
}

const onCallShiftSchema = {
  type: 'object' as const,
  additionalProperties: true,
  required: ['shiftId', 'staffId', 'campusIds', 'startsAt', 'endsAt', 'cancelled'],
  properties: {
    shiftId: uuid,
    staffId: uuid,
    campusIds: { type: 'array' as const, minItems: 1, items: campusId },
    startsAt: dateTime,
    endsAt: dateTime,
    cancelled: { type: 'boolean' as const },
  },
};

const onCallExample: OnCallShift = {
  shiftId: '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918',
  staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  campusIds: ['campus-hs-01', 'campus-ms-02'],
  startsAt: '2026-12-01T14:00:00.000Z',
  endsAt: '2026-12-02T02:00:00.000Z',
  cancelled: false,
};

export const OnCallShiftPublishedEvent = defineEvent<OnCallShift>({
  type: 'staffing.on-call-shift.published',
  topic: STAFFING_ON_CALL_TOPIC,
  version: 1,
  summary: 'A clinician on-call shift was published for one or more campuses, from startsAt until endsAt (exclusive).',
  keyField: 'shiftId',
  schema: onCallShiftSchema,
  example: onCallExample,
});

export const OnCallShiftChangedEvent = defineEvent<OnCallShift>({
  type: 'staffing.on-call-shift.changed',
  topic: STAFFING_ON_CALL_TOPIC,
  version: 1,
  summary: 'A published on-call shift changed (times, campuses or clinician) or was cancelled. Carries the whole shift.',
  keyField: 'shiftId',
  schema: onCallShiftSchema,
  example: { ...onCallExample, cancelled: true },
});
