import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '#messaging';
import { AddCourseController } from './add-course/add-course.controller.js';
import { AddCourseHandler } from './add-course/add-course.handler.js';
import { CertificationExpiryJob } from './certification-expiry/certification-expiry.job.js';
import { CertificationExpiryScheduler } from './certification-expiry/certification-expiry.scheduler.js';
import { CsvBodyParser } from './completion/csv-body.js';
import { RecordLicenseController } from './record-license/record-license.controller.js';
import { RecordLicenseHandler } from './record-license/record-license.handler.js';
import { ListExpiringCertificationsController } from './list-expiring-certifications/list-expiring-certifications.controller.js';
import { ListExpiringCertificationsHandler } from './list-expiring-certifications/list-expiring-certifications.handler.js';
import { GetCertificationController } from './get-certification/get-certification.controller.js';
import { GetCertificationHandler } from './get-certification/get-certification.handler.js';
import { GetCompletionImportController } from './get-completion-import/get-completion-import.controller.js';
import { GetCourseController } from './get-course/get-course.controller.js';
import { GetCourseHandler } from './get-course/get-course.handler.js';
import { GrantCertificationController } from './grant-certification/grant-certification.controller.js';
import { GrantCertificationHandler } from './grant-certification/grant-certification.handler.js';
import { ImportCompletionsController } from './import-completions/import-completions.controller.js';
import { ImportCompletionsHandler } from './import-completions/import-completions.handler.js';
import { ListCoursesController } from './list-courses/list-courses.controller.js';
import { ListStaffCompletionsController } from './list-staff-completions/list-staff-completions.controller.js';
import { ProjectRosterHandler } from './project-roster/project-roster.handler.js';
import { RecordCompletionController } from './record-completion/record-completion.controller.js';
import { RecordCompletionHandler } from './record-completion/record-completion.handler.js';
import { RecordProficiencyController } from './record-proficiency/record-proficiency.controller.js';
import { RegisterInstructorController } from './register-instructor/register-instructor.controller.js';
import { RevokeCertificationController } from './revoke-certification/revoke-certification.controller.js';
import { RevokeCertificationHandler } from './revoke-certification/revoke-certification.handler.js';
import { RunCertificationExpiryController } from './run-certification-expiry/run-certification-expiry.controller.js';
import { StaffComplianceController } from './staff-compliance/staff-compliance.controller.js';
import { TRAINING_ENTITIES } from './training.entities.js';
import { UnitComplianceController } from './unit-compliance/unit-compliance.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature(TRAINING_ENTITIES), MessagingModule.forService()],
  controllers: [
    // Event handler (@InboxConsumer): Nest binds it to the inbox transport.
    ProjectRosterHandler,
    RecordLicenseController,
    ListExpiringCertificationsController,
    AddCourseController,
    ListCoursesController,
    GetCourseController,
    GrantCertificationController,
    GetCertificationController,
    RevokeCertificationController,
    RunCertificationExpiryController,
    RegisterInstructorController,
    RecordCompletionController,
    ListStaffCompletionsController,
    ImportCompletionsController,
    GetCompletionImportController,
    RecordProficiencyController,
    StaffComplianceController,
    UnitComplianceController,
  ],
  providers: [
    RecordLicenseHandler,
    ListExpiringCertificationsHandler,
    AddCourseHandler,
    GetCourseHandler,
    GrantCertificationHandler,
    GetCertificationHandler,
    RevokeCertificationHandler,
    CertificationExpiryJob,
    CertificationExpiryScheduler,
    RecordCompletionHandler,
    ImportCompletionsHandler,
    CsvBodyParser,
  ],
})
export class TrainingModule {}
