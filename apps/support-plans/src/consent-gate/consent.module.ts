import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BreakGlassGrantRecord } from '../break-the-glass/break-glass-grant.entity.js';
import { ConsentRecord } from '../consents/consent.entity.js';
import { DisclosureLog } from '../disclosures/disclosure-log.js';
import { Student } from '../students/student.entity.js';
import { ConsentGate } from './consent-gate.js';
import { consentPolicyProvider } from './consent-policy.js';

/**
 * The consent enforcement point for every feature module of support-plans: import ConsentModule
 * and inject ConsentGate (reads) or DisclosureLog (anything else that discloses).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Student, ConsentRecord, BreakGlassGrantRecord])],
  providers: [consentPolicyProvider, DisclosureLog, ConsentGate],
  exports: [consentPolicyProvider, DisclosureLog, ConsentGate],
})
export class ConsentModule {}
