import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '#messaging';
import { AnswerSupportOfferController } from './answer-support-offer/answer-support-offer.controller.js';
import { AnswerSupportOfferHandler } from './answer-support-offer/answer-support-offer.handler.js';
import { EscalateSessionController } from './escalate-session/escalate-session.controller.js';
import { GetEvaluationController } from './get-evaluation/get-evaluation.controller.js';
import { MySupportOffersController } from './my-support-offers/my-support-offers.controller.js';
import { WellnessPolicyProvider } from './policy/wellness-policy.js';
import { ProjectCriticalIncidentsHandler } from './project-critical-incidents/project-critical-incidents.handler.js';
import { ProjectPeerCertificationsHandler } from './project-peer-certifications/project-peer-certifications.handler.js';
import { ProjectRosterHandler } from './project-roster/project-roster.handler.js';
import { ProjectWellbeingTrainingHandler } from './project-wellbeing-training/project-wellbeing-training.handler.js';
import { WellbeingTrainingReportController } from './wellbeing-training-report/wellbeing-training-report.controller.js';
import { RecordDeclarationController } from './record-declaration/record-declaration.controller.js';
import { RecordDeclarationHandler } from './record-declaration/record-declaration.handler.js';
import { RecordEvaluationController } from './record-evaluation/record-evaluation.controller.js';
import { RecordSessionHeldController } from './record-session-held/record-session-held.controller.js';
import { RegisterEapClinicianController } from './register-eap-clinician/register-eap-clinician.controller.js';
import { RequestSupportController } from './request-support/request-support.controller.js';
import { AssignSupporter } from './support/assign-supporter.js';
import { SupportAssignmentsController } from './support-assignments/support-assignments.controller.js';
import { WELLNESS_ENTITIES } from './wellness.entities.js';
import { WellnessReportsController } from './wellness-reports/wellness-reports.controller.js';

@Module({
  imports: [
    TypeOrmModule.forFeature(WELLNESS_ENTITIES),
    MessagingModule.forService(),
  ],
  controllers: [
    // Event handlers (@InboxConsumer): Nest binds them to the inbox transport.
    ProjectCriticalIncidentsHandler,
    ProjectRosterHandler,
    ProjectPeerCertificationsHandler,
    ProjectWellbeingTrainingHandler,
    RecordEvaluationController,
    GetEvaluationController,
    RecordDeclarationController,
    MySupportOffersController,
    AnswerSupportOfferController,
    RequestSupportController,
    SupportAssignmentsController,
    RecordSessionHeldController,
    EscalateSessionController,
    RegisterEapClinicianController,
    WellbeingTrainingReportController,
    WellnessReportsController,
  ],
  providers: [
    WellnessPolicyProvider.provider,
    RecordDeclarationHandler,
    AnswerSupportOfferHandler,
    AssignSupporter,
  ],
})
export class WellnessModule {}
