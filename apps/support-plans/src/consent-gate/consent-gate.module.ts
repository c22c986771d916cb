import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BreakGlassGrantRecord } from '../break-the-glass/data/break-glass-grant.entity.js';
import { ConsentRecord } from '../consents/data/consent.entity.js';
import { DisclosureJournal } from '../disclosures/data/disclosure-journal.js';
import { DisclosureLog } from '../disclosures/data/disclosure-log.js';
import { DisclosureSealer } from '../disclosures/seal-disclosures/disclosure-sealer.js';
import { Student } from '../students/data/student.entity.js';
import { CareGuard } from './data/care-guard.js';
import { ConsentGate } from './data/consent-gate.js';
import { GatedReads } from './data/gated-reads.js';
import { consentPolicyProvider } from './domain/consent-policy.js';

/**
 * The consent enforcement point for every feature module of support-plans: import
 * ConsentGateModule and inject ConsentGate with GatedReads (reads: GatedReads.transaction journals
 * their R7 entries after commit, DisclosureJournal), DisclosureLog (anything else that discloses)
 * or CareGuard (R11, before mental-health care starts). DisclosureSealer links the log's entries
 * into its hash chain after they commit.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Student, ConsentRecord, BreakGlassGrantRecord])],
  providers: [consentPolicyProvider, DisclosureSealer, DisclosureLog, DisclosureJournal, ConsentGate, GatedReads, CareGuard],
  exports: [consentPolicyProvider, DisclosureSealer, DisclosureLog, ConsentGate, GatedReads, CareGuard],
})
export class ConsentGateModule {}
