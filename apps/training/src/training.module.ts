import { Module } from '@nestjs/common';
import { CertificationsModule } from './certifications/certifications.module.js';
import { CompletionsModule } from './completions/completions.module.js';
import { ComplianceModule } from './compliance/compliance.module.js';
import { CoursesModule } from './courses/courses.module.js';
import { LicensesModule } from './licenses/licenses.module.js';

@Module({
  imports: [CoursesModule, CompletionsModule, CertificationsModule, LicensesModule, ComplianceModule],
})
export class TrainingModule {}
