import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IncidentsMessaging } from '../incidents.messaging.js';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { IncidentsModule } from '../incidents/incidents.module.js';
import { CheckOfficerEligibilityController } from './check-officer-eligibility/check-officer-eligibility.controller.js';
import { CheckOfficerEligibilityHandler } from './check-officer-eligibility/check-officer-eligibility.handler.js';
import { OfficerCertification } from './data/officer-certification.entity.js';
import { DispatchCoRespondersController } from './dispatch-co-responders/dispatch-co-responders.controller.js';
import { DispatchCoRespondersHandler } from './dispatch-co-responders/dispatch-co-responders.handler.js';
import { FindCoRespondersController } from './find-co-responders/find-co-responders.controller.js';
import { FindCoRespondersHandler } from './find-co-responders/find-co-responders.handler.js';
import { ProjectCertificationsHandler } from './project-certifications/project-certifications.handler.js';
import { ProjectRosterHandler } from './project-roster/project-roster.handler.js';
import { ProjectTrainingEligibilityHandler } from './project-training-eligibility/project-training-eligibility.handler.js';
import { DispatchAreaController } from './set-dispatch-area/set-dispatch-area.controller.js';
import { DispatchAreaHandler } from './set-dispatch-area/set-dispatch-area.handler.js';

export const DISPATCH_ENTITIES = [OfficerCertification];

/**
 * Co-responder dispatch: who is eligible (local projections of staffing and training events, kept by
 * the @InboxConsumer handlers here), dispatch areas, and the dispatch step of an incident.
 */
@Module({
  imports: [TypeOrmModule.forFeature(DISPATCH_ENTITIES), IncidentsMessaging, AnalyticsModule, IncidentsModule],
  controllers: [
    ProjectRosterHandler,
    ProjectCertificationsHandler,
    ProjectTrainingEligibilityHandler,
    DispatchCoRespondersController,
    FindCoRespondersController,
    CheckOfficerEligibilityController,
    DispatchAreaController,
  ],
  providers: [DispatchCoRespondersHandler, FindCoRespondersHandler, CheckOfficerEligibilityHandler, DispatchAreaHandler],
})
export class DispatchModule {}
