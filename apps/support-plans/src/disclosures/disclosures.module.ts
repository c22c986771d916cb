import { Module } from '@nestjs/common';
import { ListDisclosuresController } from './list-disclosures/list-disclosures.controller.js';
import { ListDisclosuresHandler } from './list-disclosures/list-disclosures.handler.js';

/**
 * The record of disclosures (R7): read here; appended by ConsentGateModule's DisclosureLog in the
 * transaction that discloses (API reads: by its DisclosureJournal after the read commits, before
 * the response leaves) and linked into the hash chain after commit by its DisclosureSealer
 * (seal-disclosures); verified by verify-disclosures (`npm run disclosures:verify`).
 */
@Module({
  controllers: [ListDisclosuresController],
  providers: [ListDisclosuresHandler],
})
export class DisclosuresModule {}
