import { CreateMessagingTables1763900000001 } from '#messaging';
import type { ServiceDefinition } from '#platform';
import { Certification } from './certification/certification.entity.js';
import { Course } from './course/course.entity.js';
import { CreateCourse1763900000000 } from './migrations/1763900000000-create-course.js';
import { CreateCertification1763900000100 } from './migrations/1763900000100-create-certification.js';
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
  database: {
    entities: [Course, Certification],
    migrations: [CreateMessagingTables1763900000001, CreateCourse1763900000000, CreateCertification1763900000100],
  },
};
