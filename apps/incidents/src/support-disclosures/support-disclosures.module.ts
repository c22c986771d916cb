import { Module } from '@nestjs/common';
import { ListSupportDisclosuresController } from './list-support-disclosures/list-support-disclosures.controller.js';
import { ListSupportDisclosuresHandler } from './list-support-disclosures/list-support-disclosures.handler.js';
import { SupportDisclosuresHandler } from './project-support-disclosures/project-support-disclosures.handler.js';

/** Consented clinical data on the police side (R3, R9): the read model's event handler (@InboxConsumer) and its list. */
@Module({
  controllers: [ListSupportDisclosuresController, SupportDisclosuresHandler],
  providers: [ListSupportDisclosuresHandler],
})
export class SupportDisclosuresModule {}
