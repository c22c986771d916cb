import { defineEvent, uuid } from './define-event.js';

export const STAFFING_STAFF_TOPIC = 'staffing.staff.v1';

export const STAFF_ROLE_VALUES = ['officer', 'clinician', 'supervisor', 'director'] as const;
export const UNIT_VALUES = ['police', 'behavioral-health'] as const;

export interface StaffAdded {
  staffId: string;
  employeeId: string;
  role: (typeof STAFF_ROLE_VALUES)[number];
  unit: (typeof UNIT_VALUES)[number];
  licensed: boolean;
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
    },
  },
  example: { staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', employeeId: 'E20417', role: 'clinician', unit: 'behavioral-health', licensed: true },
});
