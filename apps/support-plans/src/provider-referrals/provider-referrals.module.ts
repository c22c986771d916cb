import { Module } from '@nestjs/common';
import { ConsentGateModule } from '../consent-gate/consent-gate.module.js';
import { ChangeReferralStatusController } from './change-referral-status/change-referral-status.controller.js';
import { ChangeReferralStatusHandler } from './change-referral-status/change-referral-status.handler.js';
import { ProviderReferral } from './data/provider-referral.entity.js';
import { ListAwaitingUpdateController } from './list-awaiting-update/list-awaiting-update.controller.js';
import { ListAwaitingUpdateHandler } from './list-awaiting-update/list-awaiting-update.handler.js';
import { ListPlanReferralsController } from './list-plan-referrals/list-plan-referrals.controller.js';
import { ListPlanReferralsHandler } from './list-plan-referrals/list-plan-referrals.handler.js';
import { SendProviderReferralController } from './send-provider-referral/send-provider-referral.controller.js';
import { SendProviderReferralHandler } from './send-provider-referral/send-provider-referral.handler.js';

/** Outbound referrals from support plans to community providers: a disclosure under a consent naming the provider (R4, R5, R7). */
export const PROVIDER_REFERRAL_ENTITIES = [ProviderReferral];

@Module({
  imports: [ConsentGateModule],
  controllers: [SendProviderReferralController, ListPlanReferralsController, ChangeReferralStatusController, ListAwaitingUpdateController],
  providers: [SendProviderReferralHandler, ListPlanReferralsHandler, ChangeReferralStatusHandler, ListAwaitingUpdateHandler],
})
export class ProviderReferralsModule {}
