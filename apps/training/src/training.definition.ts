import { MESSAGING_MIGRATIONS } from '#messaging';
import type { ServiceDefinition } from '#platform';
import { Certification } from './certifications/data/certification.entity.js';
import { CompletionImport } from './completions/data/completion-import.entity.js';
import { Completion } from './completions/data/completion.entity.js';
import { Instructor } from './completions/data/instructor.entity.js';
import { OfficerProficiency } from './compliance/data/officer-proficiency.entity.js';
import { Person } from './compliance/data/person.entity.js';
import { Course } from './courses/data/course.entity.js';
import { ClinicianLicense } from './licenses/data/clinician-license.entity.js';
import { CreateCourse1763900000000 } from './migrations/1763900000000-create-course.js';
import { CreateCertification1763900000100 } from './migrations/1763900000100-create-certification.js';
import { CreateCompletions1764150000000 } from './migrations/1764150000000-create-completions.js';
import { CreateExpiryJob1764150000100 } from './migrations/1764150000100-create-expiry-job.js';
import { CreateCompliance1764150000200 } from './migrations/1764150000200-create-compliance.js';
import { CertificationListIndexes1764150000300 } from './migrations/1764150000300-certification-list-indexes.js';
import { WellbeingCourseCategories1764800000000 } from './migrations/1764800000000-wellbeing-course-categories.js';
import { ClinicianLicenses1764150000400 } from './migrations/1764150000400-clinician-licenses.js';
import { TrainingModule } from './training.module.js';

export const trainingDefinition: ServiceDefinition = {
  service: 'training',
  api: {
    title: 'Training records API',
    description:
      'Course catalogue (CIT, Mental Health First Aid, de-escalation, TCOLE legislative update, ALERRT, joint ' +
      'sessions, clinician CEUs), completions (instructors and bulk imports), certifications with expiry warnings, ' +
      'co-responder eligibility events, and TCOLE compliance reports.',
  },
  feature: TrainingModule,
  database: {
    entities: [Course, Certification, Completion, CompletionImport, Instructor, Person, OfficerProficiency, ClinicianLicense],
    migrations: [
      ...MESSAGING_MIGRATIONS,
      CreateCourse1763900000000,
      CreateCertification1763900000100,
      CreateCompletions1764150000000,
      CreateExpiryJob1764150000100,
      CreateCompliance1764150000200,
      CertificationListIndexes1764150000300,
      ClinicianLicenses1764150000400,
      WellbeingCourseCategories1764800000000,
    ],
  },
};
