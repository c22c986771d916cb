import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '#messaging';
import { ServiceConfig } from '#platform';
import { AnalyticIds } from './analytics/analytic-ids.js';
import { Pseudonymizer } from './analytics/pseudonymizer.js';
import { StudentGroupFacts } from './analytics/student-group-facts.js';
import { StudentDemographicsController } from './student-demographics/student-demographics.controller.js';
import { StudentDemographicsHandler } from './student-demographics/student-demographics.handler.js';
import { CheckOfficerEligibilityController } from './check-officer-eligibility/check-officer-eligibility.controller.js';
import { CheckOfficerEligibilityHandler } from './check-officer-eligibility/check-officer-eligibility.handler.js';
import { ClearIncidentController } from './clear-incident/clear-incident.controller.js';
import { ClearIncidentHandler } from './clear-incident/clear-incident.handler.js';
import { CloseIncidentController } from './close-incident/close-incident.controller.js';
import { CloseIncidentHandler } from './close-incident/close-incident.handler.js';
import { DispatchCoRespondersController } from './dispatch-co-responders/dispatch-co-responders.controller.js';
import { DispatchCoRespondersHandler } from './dispatch-co-responders/dispatch-co-responders.handler.js';
import { FindCoRespondersController } from './find-co-responders/find-co-responders.controller.js';
import { FindCoRespondersHandler } from './find-co-responders/find-co-responders.handler.js';
import { GetIncidentController } from './get-incident/get-incident.controller.js';
import { GetTipController } from './get-tip/get-tip.controller.js';
import { GetTipHandler } from './get-tip/get-tip.handler.js';
import { IncidentDisposition } from './incident/disposition.entity.js';
import { IncidentReader } from './incident/incident-reader.js';
import { Incident } from './incident/incident.entity.js';
import { IncidentUseOfForce } from './incident/use-of-force.entity.js';
import { ListIncidentsController } from './list-incidents/list-incidents.controller.js';
import { ListIncidentsHandler } from './list-incidents/list-incidents.handler.js';
import { ProjectCertificationsHandler } from './project-certifications/project-certifications.handler.js';
import { ProjectRosterHandler } from './project-roster/project-roster.handler.js';
import { ProjectTrainingEligibilityHandler } from './project-training-eligibility/project-training-eligibility.handler.js';
import { ReceiveTipController } from './receive-tip/receive-tip.controller.js';
import { ReceiveTipHandler } from './receive-tip/receive-tip.handler.js';
import { RecordDispositionController } from './record-disposition/record-disposition.controller.js';
import { RecordDispositionHandler } from './record-disposition/record-disposition.handler.js';
import { RecordOnSceneController } from './record-on-scene/record-on-scene.controller.js';
import { RecordOnSceneHandler } from './record-on-scene/record-on-scene.handler.js';
import { RecordUseOfForceController } from './record-use-of-force/record-use-of-force.controller.js';
import { RecordUseOfForceHandler } from './record-use-of-force/record-use-of-force.handler.js';
import { CriticalIncidentPublisher } from './critical-incident/critical-incident.publisher.js';
import { MarkCriticalIncidentController } from './mark-critical-incident/mark-critical-incident.controller.js';
import { ReportIncidentController } from './report-incident/report-incident.controller.js';
import { ReportIncidentHandler } from './report-incident/report-incident.handler.js';
import { DispatchAreaController } from './set-dispatch-area/set-dispatch-area.controller.js';
import { DispatchAreaHandler } from './set-dispatch-area/set-dispatch-area.handler.js';
import { SupportDisclosuresModule } from './support-disclosures/support-disclosures.module.js';
import { TipReporter } from './tip/tip-reporter.entity.js';
import { Tip } from './tip/tip.entity.js';
import { RetriageIncidentController } from './retriage-incident/retriage-incident.controller.js';
import { RetriageIncidentHandler } from './retriage-incident/retriage-incident.handler.js';
import { VoidIncidentController } from './void-incident/void-incident.controller.js';
import { VoidIncidentHandler } from './void-incident/void-incident.handler.js';
import { TriageIncidentController } from './triage-incident/triage-incident.controller.js';
import { TriageIncidentHandler } from './triage-incident/triage-incident.handler.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Incident, IncidentDisposition, IncidentUseOfForce, Tip, TipReporter]),
    SupportDisclosuresModule,
    MessagingModule.forService(),
  ],
  controllers: [
    // Event handlers (@InboxConsumer): Nest binds them to the inbox transport.
    ProjectCertificationsHandler,
    ProjectRosterHandler,
    ProjectTrainingEligibilityHandler,
    MarkCriticalIncidentController,
    ReportIncidentController,
    ListIncidentsController,
    GetIncidentController,
    TriageIncidentController,
    RetriageIncidentController,
    VoidIncidentController,
    DispatchCoRespondersController,
    RecordOnSceneController,
    ClearIncidentController,
    CloseIncidentController,
    RecordDispositionController,
    RecordUseOfForceController,
    StudentDemographicsController,
    ReceiveTipController,
    GetTipController,
    DispatchAreaController,
    FindCoRespondersController,
    CheckOfficerEligibilityController,
  ],
  providers: [
    { provide: Pseudonymizer, useFactory: Pseudonymizer.fromConfig, inject: [ServiceConfig] },
    { provide: AnalyticIds, useFactory: AnalyticIds.fromConfig, inject: [ServiceConfig] },
    StudentGroupFacts,
    StudentDemographicsHandler,
    IncidentReader,
    ReportIncidentHandler,
    ListIncidentsHandler,
    TriageIncidentHandler,
    RetriageIncidentHandler,
    VoidIncidentHandler,
    DispatchCoRespondersHandler,
    RecordOnSceneHandler,
    ClearIncidentHandler,
    CloseIncidentHandler,
    RecordDispositionHandler,
    RecordUseOfForceHandler,
    CriticalIncidentPublisher,
    ReceiveTipHandler,
    GetTipHandler,
    DispatchAreaHandler,
    FindCoRespondersHandler,
    CheckOfficerEligibilityHandler,
  ],
})
export class IncidentsModule {}
