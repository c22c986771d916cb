import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '#messaging';
import { CLINICAL_CONTROLLERS, CLINICAL_ENTITIES, CLINICAL_EVENT_HANDLERS, CLINICAL_PROVIDERS } from './clinical-side.js';
import { ConsentModule } from './consent-gate/consent.module.js';
import { CONSENT_CONTROLLERS, CONSENT_ENTITIES, CONSENT_PROVIDERS } from './consent-side.js';
import { CreateReferralController } from './create-referral/create-referral.controller.js';
import { CreateReferralHandler } from './create-referral/create-referral.handler.js';
import { GetReferralController } from './get-referral/get-referral.controller.js';
import { GetReferralHandler } from './get-referral/get-referral.handler.js';
import { Referral } from './referral/referral.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Referral, ...CLINICAL_ENTITIES, ...CONSENT_ENTITIES]), ConsentModule, MessagingModule.forService()],
  controllers: [CreateReferralController, GetReferralController, ...CLINICAL_CONTROLLERS, ...CONSENT_CONTROLLERS, ...CLINICAL_EVENT_HANDLERS],
  providers: [CreateReferralHandler, GetReferralHandler, ...CLINICAL_PROVIDERS, ...CONSENT_PROVIDERS],
})
export class SupportPlansModule {}
