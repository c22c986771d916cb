import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffingMessaging } from '../staffing.messaging.js';
import { AddCandidateController } from './add-candidate/add-candidate.controller.js';
import { AddCandidateHandler } from './add-candidate/add-candidate.handler.js';
import { AdvanceCandidateController } from './advance-candidate/advance-candidate.controller.js';
import { AdvanceCandidateHandler } from './advance-candidate/advance-candidate.handler.js';
import { CreatePositionController } from './create-position/create-position.controller.js';
import { CreatePositionHandler } from './create-position/create-position.handler.js';
import { Candidate } from './data/candidate.entity.js';
import { OfferDecision } from './data/offer-decision.entity.js';
import { Position } from './data/position.entity.js';
import { PsychDeclarationRecord } from './data/psych-declaration.entity.js';
import { Requisition } from './data/requisition.entity.js';
import { DecideOfferController } from './decide-offer/decide-offer.controller.js';
import { DecideOfferHandler } from './decide-offer/decide-offer.handler.js';
import { ExtendOfferController } from './extend-offer/extend-offer.controller.js';
import { ExtendOfferHandler } from './extend-offer/extend-offer.handler.js';
import { GetCandidateController } from './get-candidate/get-candidate.controller.js';
import { GetCandidateHandler } from './get-candidate/get-candidate.handler.js';
import { GetPositionController } from './get-position/get-position.controller.js';
import { GetPositionHandler } from './get-position/get-position.handler.js';
import { GetRequisitionController } from './get-requisition/get-requisition.controller.js';
import { GetRequisitionHandler } from './get-requisition/get-requisition.handler.js';
import { ListHiringController } from './list-hiring/list-hiring.controller.js';
import { ListHiringHandler } from './list-hiring/list-hiring.handler.js';
import { OpenRequisitionController } from './open-requisition/open-requisition.controller.js';
import { OpenRequisitionHandler } from './open-requisition/open-requisition.handler.js';
import { ProjectPsychDeclarationsHandler } from './project-psych-declarations/project-psych-declarations.handler.js';
import { RejectCandidateController } from './reject-candidate/reject-candidate.controller.js';
import { RejectCandidateHandler } from './reject-candidate/reject-candidate.handler.js';

/** Positions, requisitions and candidates, with wellness's L-3 declarations projected for the officer offers (W3-W5). */
export const HIRING_ENTITIES = [Position, Requisition, Candidate, OfferDecision, PsychDeclarationRecord];

@Module({
  imports: [TypeOrmModule.forFeature(HIRING_ENTITIES), StaffingMessaging],
  controllers: [
    // Event handler (@InboxConsumer): Nest binds it to the inbox transport.
    ProjectPsychDeclarationsHandler,
    ListHiringController,
    CreatePositionController,
    GetPositionController,
    OpenRequisitionController,
    GetRequisitionController,
    AddCandidateController,
    GetCandidateController,
    AdvanceCandidateController,
    ExtendOfferController,
    DecideOfferController,
    RejectCandidateController,
  ],
  providers: [
    ListHiringHandler,
    CreatePositionHandler,
    GetPositionHandler,
    OpenRequisitionHandler,
    GetRequisitionHandler,
    AddCandidateHandler,
    GetCandidateHandler,
    AdvanceCandidateHandler,
    ExtendOfferHandler,
    DecideOfferHandler,
    RejectCandidateHandler,
  ],
})
export class HiringModule {}
