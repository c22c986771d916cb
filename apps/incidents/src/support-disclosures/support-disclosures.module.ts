import { Module } from '@nestjs/common';
import { ListSupportDisclosuresController } from './list-support-disclosures.controller.js';
import { ListSupportDisclosuresHandler } from './list-support-disclosures.handler.js';
import { SupportDisclosuresHandler } from './support-disclosures.handler.js';

/** Consented clinical data on the police side: the read model's event handler (@InboxConsumer) and its list. */
@Module({
  controllers: [ListSupportDisclosuresController, SupportDisclosuresHandler],
  providers: [ListSupportDisclosuresHandler],
})
export class SupportDisclosuresModule {}
