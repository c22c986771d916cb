import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WellnessPolicyModule } from '../policy/policy.module.js';
import { AnswerSupportOfferController } from './answer-support-offer/answer-support-offer.controller.js';
import { AnswerSupportOfferHandler } from './answer-support-offer/answer-support-offer.handler.js';
import { AssignSupporter } from './data/assign-supporter.js';
import { EapClinician } from './data/eap-clinician.entity.js';
import { Escalation } from './data/escalation.entity.js';
import { SupportOffer } from './data/support-offer.entity.js';
import { EscalateSessionController } from './escalate-session/escalate-session.controller.js';
import { EscalateSessionHandler } from './escalate-session/escalate-session.handler.js';
import { MySupportOffersController } from './my-support-offers/my-support-offers.controller.js';
import { MySupportOffersHandler } from './my-support-offers/my-support-offers.handler.js';
import { ProjectCriticalIncidentsHandler } from './project-critical-incidents/project-critical-incidents.handler.js';
import { RecordSessionHeldController } from './record-session-held/record-session-held.controller.js';
import { RecordSessionHeldHandler } from './record-session-held/record-session-held.handler.js';
import { RegisterEapClinicianController } from './register-eap-clinician/register-eap-clinician.controller.js';
import { RegisterEapClinicianHandler } from './register-eap-clinician/register-eap-clinician.handler.js';
import { RequestSupportController } from './request-support/request-support.controller.js';
import { RequestSupportHandler } from './request-support/request-support.handler.js';
import { SupportAssignmentsController } from './support-assignments/support-assignments.controller.js';
import { SupportAssignmentsHandler } from './support-assignments/support-assignments.handler.js';

export const SUPPORT_ENTITIES = [SupportOffer, Escalation, EapClinician];

/** Confidential debriefs and peer support (W1, W6-W10): offers, sessions, escalations and the EAP clinicians who take them. */
@Module({
  imports: [TypeOrmModule.forFeature(SUPPORT_ENTITIES), WellnessPolicyModule],
  controllers: [
    // @InboxConsumer (W6): a debrief offer per staff member involved in a critical incident.
    ProjectCriticalIncidentsHandler,
    MySupportOffersController,
    AnswerSupportOfferController,
    RequestSupportController,
    SupportAssignmentsController,
    RecordSessionHeldController,
    EscalateSessionController,
    RegisterEapClinicianController,
  ],
  providers: [
    AssignSupporter,
    MySupportOffersHandler,
    AnswerSupportOfferHandler,
    RequestSupportHandler,
    SupportAssignmentsHandler,
    RecordSessionHeldHandler,
    EscalateSessionHandler,
    RegisterEapClinicianHandler,
  ],
})
export class SupportModule {}
