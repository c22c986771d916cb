import { Module } from '@nestjs/common';
import { MessagingModule } from '#messaging';
import { ConsentGateModule } from '../consent-gate/consent-gate.module.js';
import { referralSource } from '../referrals/data/referral-record.js';
import { safetyPlanSource } from '../safety-plans/data/safety-plan.projection.js';
import { supportPlanSource } from '../support-plans/data/support-plan.projection.js';
import { threatCaseSource } from '../threat-assessments/data/threat-case.projection.js';
import { PolicePublisher } from './data/police-publisher.js';
import { PROJECTION_SOURCES } from './data/projection-source.js';

/** One messaging module for the service, so the outbox relay and the inbox transport run once. */
const MESSAGING = MessagingModule.forService('support-plans');

/**
 * The police projection: PolicePublisher, the only way clinical records reach a police-readable
 * topic. The record types offered to it are listed here, in the order a student's records are
 * projected again; add a source to let a new record type reach the police unit under a consent or
 * grant naming it (libs/consent still decides field by field). Re-exports messaging: the features
 * that change records write their events to the same outbox.
 */
@Module({
  imports: [ConsentGateModule, MESSAGING],
  providers: [{ provide: PROJECTION_SOURCES, useValue: [referralSource, supportPlanSource, safetyPlanSource, threatCaseSource] }, PolicePublisher],
  exports: [PolicePublisher, MESSAGING],
})
export class ShareWithPoliceModule {}
