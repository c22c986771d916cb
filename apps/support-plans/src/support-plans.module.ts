import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '#messaging';
import { ConsentModule } from './consent-gate/consent.module.js';
import { CreateReferralController } from './create-referral/create-referral.controller.js';
import { CreateReferralHandler } from './create-referral/create-referral.handler.js';
import { GetReferralController } from './get-referral/get-referral.controller.js';
import { GetReferralHandler } from './get-referral/get-referral.handler.js';
import { Referral } from './referral/referral.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Referral]), ConsentModule, MessagingModule.forService()],
  controllers: [CreateReferralController, GetReferralController],
  providers: [CreateReferralHandler, GetReferralHandler],
})
export class SupportPlansModule {}
