import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentGateModule } from '../consent-gate/consent-gate.module.js';
import { ShareWithPoliceModule } from '../share-with-police/share-with-police.module.js';
import { AcceptReferralController } from './accept-referral/accept-referral.controller.js';
import { AcceptReferralHandler } from './accept-referral/accept-referral.handler.js';
import { CreateReferralController } from './create-referral/create-referral.controller.js';
import { CreateReferralHandler } from './create-referral/create-referral.handler.js';
import { ReferralDecider } from './data/referral-decider.js';
import { Referral } from './data/referral.entity.js';
import { DeclineReferralController } from './decline-referral/decline-referral.controller.js';
import { DeclineReferralHandler } from './decline-referral/decline-referral.handler.js';
import { GetReferralController } from './get-referral/get-referral.controller.js';
import { GetReferralHandler } from './get-referral/get-referral.handler.js';
import { ListReferralsController } from './list-referrals/list-referrals.controller.js';
import { ListReferralsHandler } from './list-referrals/list-referrals.handler.js';
import { ReceiveIncidentReferralHandler } from './receive-incident-referral/receive-incident-referral.handler.js';

/** Referrals to behavioral health: recorded (by staff or from an incident disposition), read through the consent gate, accepted or declined. */
export const REFERRAL_ENTITIES = [Referral];

@Module({
  imports: [TypeOrmModule.forFeature(REFERRAL_ENTITIES), ConsentGateModule, ShareWithPoliceModule],
  // ReceiveIncidentReferralHandler is an @InboxConsumer: Nest binds it to the inbox transport (its group is in libs/contracts CONSUMERS).
  controllers: [CreateReferralController, GetReferralController, ListReferralsController, AcceptReferralController, DeclineReferralController, ReceiveIncidentReferralHandler],
  providers: [CreateReferralHandler, GetReferralHandler, ListReferralsHandler, AcceptReferralHandler, DeclineReferralHandler, ReferralDecider],
})
export class ReferralsModule {}
