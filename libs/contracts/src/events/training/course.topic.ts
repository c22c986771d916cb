import { defineEvent, uuid } from '../define-event.js';
import { Nullable, Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';

export const TRAINING_COURSE_TOPIC = 'training.course.v1';

export const COURSE_CATEGORY_VALUES = [
  'cit', 'mental-health-first-aid', 'de-escalation', 'tcole-legislative-update', 'alerrt', 'joint-session', 'clinician-ceu', 'other',
  // Staff well-being (issue 17): peer supporters' certification (W8) and the yearly well-being goal (W13).
  'peer-support', 'stress-management', 'resilience',
] as const;

export const CourseAddedSchema = Payload({
  courseId: uuid,
  code: Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{0,31}$' }),
  category: StringEnum(COURSE_CATEGORY_VALUES),
  hours: Type.Number({ minimum: 0.5 }),
  validityMonths: Nullable(Type.Integer({ minimum: 1 })),
});
export type CourseAdded = Static<typeof CourseAddedSchema>;

export const CourseAddedEvent = defineEvent({
  type: 'training.course.added',
  topic: TRAINING_COURSE_TOPIC,
  version: 1,
  summary: 'A course was added to the training catalogue.',
  keyField: 'courseId',
  schema: CourseAddedSchema,
  example: { courseId: '5b1e6c0e-2f7d-4a8e-9c3b-1d2e3f4a5b6c', code: 'CIT-40', category: 'cit', hours: 40, validityMonths: 48 },
});
