import { date, defineEvent, uuid } from '../define-event.js';
import { Payload, StringEnum, Type, type Static } from '../schema/payload-schema.js';
import { courseCode } from './course-code.js';
import { COURSE_CATEGORY_VALUES } from './course.topic.js';

export const TRAINING_COMPLETION_TOPIC = 'training.completion.v1';

export const CompletionRecordedSchema = Payload({
  completionId: uuid,
  staffId: uuid,
  courseCode,
  category: StringEnum(COURSE_CATEGORY_VALUES),
  completedOn: date,
  hours: Type.Number({ minimum: 0.5 }),
  source: StringEnum(['instructor', 'import']),
});
export type CompletionRecorded = Static<typeof CompletionRecordedSchema>;

export const CompletionRecordedEvent = defineEvent({
  type: 'training.completion.recorded',
  topic: TRAINING_COMPLETION_TOPIC,
  version: 1,
  summary: 'A staff member completed a course (recorded by an instructor or imported from a district system).',
  keyField: 'completionId',
  schema: CompletionRecordedSchema,
  example: {
    completionId: '2d3c4b5a-6978-4f1e-8d2c-3b4a59687f1e',
    staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    courseCode: 'DEESC-8',
    category: 'de-escalation',
    completedOn: '2026-10-14',
    hours: 8,
    source: 'import',
  },
});
