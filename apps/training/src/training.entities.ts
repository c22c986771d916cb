import { Certification } from './certification/certification.entity.js';
import { Completion } from './completion/completion.entity.js';
import { CompletionImport } from './completion/completion-import.entity.js';
import { Instructor } from './completion/instructor.entity.js';
import { OfficerProficiency } from './compliance/officer-proficiency.entity.js';
import { Person } from './compliance/person.entity.js';
import { Course } from './course/course.entity.js';
import { ClinicianLicense } from './licenses/clinician-license.entity.js';

export const TRAINING_ENTITIES = [Course, Certification, Completion, CompletionImport, Instructor, Person, OfficerProficiency, ClinicianLicense];
