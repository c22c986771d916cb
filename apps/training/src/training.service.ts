import type { ServiceDefinition } from '#platform';
import { Course } from './course/course.entity.js';
import { CreateCourse1763900000000 } from './migrations/1763900000000-create-course.js';
import { TrainingModule } from './training.module.js';

export const trainingService: ServiceDefinition = {
  service: 'training',
  api: {
    title: 'Training records API',
    description:
      'Course catalogue (CIT, Mental Health First Aid, de-escalation, TCOLE legislative update, ALERRT, joint ' +
      'sessions, clinician CEUs), completions, certifications with expiry, and compliance.',
  },
  feature: TrainingModule,
  database: { entities: [Course], migrations: [CreateCourse1763900000000] },
};
