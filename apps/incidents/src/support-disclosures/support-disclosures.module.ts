import { Module } from '@nestjs/common';
import { ListSupportDisclosuresController } from './list-support-disclosures.controller.js';
import { ListSupportDisclosuresHandler } from './list-support-disclosures.handler.js';
import { SupportDisclosuresHandler } from './support-disclosures.handler.js';

/**
 * Consented clinical data on the police side. SupportDisclosuresHandler must also be listed in
 * the service module's MessagingModule.forService({ handlers }) (the runner finds it here).
 */
@Module({
  controllers: [ListSupportDisclosuresController],
  providers: [ListSupportDisclosuresHandler, SupportDisclosuresHandler],
  exports: [SupportDisclosuresHandler],
})
export class SupportDisclosuresModule {}
