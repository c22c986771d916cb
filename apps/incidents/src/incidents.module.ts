import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '#messaging';
import { ServiceConfig } from '#platform';
import { Pseudonymizer } from './analytics/pseudonymizer.js';
import { CheckOfficerEligibilityController } from './check-officer-eligibility/check-officer-eligibility.controller.js';
import { CheckOfficerEligibilityHandler } from './check-officer-eligibility/check-officer-eligibility.handler.js';
import { GetIncidentController } from './get-incident/get-incident.controller.js';
import { GetIncidentHandler } from './get-incident/get-incident.handler.js';
import { Incident } from './incident/incident.entity.js';
import { ProjectCertificationsHandler } from './project-certifications/project-certifications.handler.js';
import { ReportIncidentController } from './report-incident/report-incident.controller.js';
import { ReportIncidentHandler } from './report-incident/report-incident.handler.js';

@Module({
  imports: [TypeOrmModule.forFeature([Incident]), MessagingModule.forService({ handlers: [ProjectCertificationsHandler] })],
  controllers: [ReportIncidentController, GetIncidentController, CheckOfficerEligibilityController],
  providers: [
    { provide: Pseudonymizer, useFactory: Pseudonymizer.fromConfig, inject: [ServiceConfig] },
    ReportIncidentHandler, GetIncidentHandler, ProjectCertificationsHandler, CheckOfficerEligibilityHandler],
})
export class IncidentsModule {}
