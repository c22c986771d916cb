import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IncidentsMessaging } from '../incidents.messaging.js';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { ClearIncidentController } from './clear-incident/clear-incident.controller.js';
import { ClearIncidentHandler } from './clear-incident/clear-incident.handler.js';
import { CloseIncidentController } from './close-incident/close-incident.controller.js';
import { CloseIncidentHandler } from './close-incident/close-incident.handler.js';
import { CriticalIncidentPublisher } from './data/critical-incident.publisher.js';
import { IncidentDisposition } from './data/disposition.entity.js';
import { IncidentChanges } from './data/incident-changes.js';
import { IncidentReader } from './data/incident-reader.js';
import { Incident } from './data/incident.entity.js';
import { IncidentUseOfForce } from './data/use-of-force.entity.js';
import { GetIncidentController } from './get-incident/get-incident.controller.js';
import { ListIncidentsController } from './list-incidents/list-incidents.controller.js';
import { ListIncidentsHandler } from './list-incidents/list-incidents.handler.js';
import { MarkCriticalIncidentController } from './mark-critical-incident/mark-critical-incident.controller.js';
import { MarkCriticalIncidentHandler } from './mark-critical-incident/mark-critical-incident.handler.js';
import { RecordDispositionController } from './record-disposition/record-disposition.controller.js';
import { RecordDispositionHandler } from './record-disposition/record-disposition.handler.js';
import { RecordOnSceneController } from './record-on-scene/record-on-scene.controller.js';
import { RecordOnSceneHandler } from './record-on-scene/record-on-scene.handler.js';
import { RecordUseOfForceController } from './record-use-of-force/record-use-of-force.controller.js';
import { RecordUseOfForceHandler } from './record-use-of-force/record-use-of-force.handler.js';
import { ReportIncidentController } from './report-incident/report-incident.controller.js';
import { ReportIncidentHandler } from './report-incident/report-incident.handler.js';
import { RetriageIncidentController } from './retriage-incident/retriage-incident.controller.js';
import { RetriageIncidentHandler } from './retriage-incident/retriage-incident.handler.js';
import { TriageIncidentController } from './triage-incident/triage-incident.controller.js';
import { TriageIncidentHandler } from './triage-incident/triage-incident.handler.js';
import { VoidIncidentController } from './void-incident/void-incident.controller.js';
import { VoidIncidentHandler } from './void-incident/void-incident.handler.js';

export const INCIDENT_ENTITIES = [Incident, IncidentDisposition, IncidentUseOfForce];

/**
 * The incident record (class LE) through its lifecycle: report, triage, on scene, clear, close or
 * void, dispositions, uses of force and critical-incident marks. Dispatch is its own feature and
 * changes an incident through the IncidentChanges exported here.
 */
@Module({
  imports: [TypeOrmModule.forFeature(INCIDENT_ENTITIES), IncidentsMessaging, AnalyticsModule],
  controllers: [
    ReportIncidentController,
    ListIncidentsController,
    GetIncidentController,
    TriageIncidentController,
    RetriageIncidentController,
    VoidIncidentController,
    RecordOnSceneController,
    ClearIncidentController,
    CloseIncidentController,
    RecordDispositionController,
    RecordUseOfForceController,
    MarkCriticalIncidentController,
  ],
  providers: [
    IncidentReader,
    IncidentChanges,
    CriticalIncidentPublisher,
    ReportIncidentHandler,
    ListIncidentsHandler,
    TriageIncidentHandler,
    RetriageIncidentHandler,
    VoidIncidentHandler,
    RecordOnSceneHandler,
    ClearIncidentHandler,
    CloseIncidentHandler,
    RecordDispositionHandler,
    RecordUseOfForceHandler,
    MarkCriticalIncidentHandler,
  ],
  exports: [IncidentChanges],
})
export class IncidentsModule {}
