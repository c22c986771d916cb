import { Module } from '@nestjs/common';
import { BreakTheGlassModule } from './break-the-glass/break-the-glass.module.js';
import { ClinicalNotesModule } from './clinical-notes/clinical-notes.module.js';
import { CommunityProvidersModule } from './community-providers/community-providers.module.js';
import { ConsentsModule } from './consents/consents.module.js';
import { DisclosuresModule } from './disclosures/disclosures.module.js';
import { ProviderReferralsModule } from './provider-referrals/provider-referrals.module.js';
import { ReferralsModule } from './referrals/referrals.module.js';
import { SafetyPlansModule } from './safety-plans/safety-plans.module.js';
import { StudentsModule } from './students/students.module.js';
import { SupportPlansFeatureModule } from './support-plans/support-plans.module.js';
import { ThreatAssessmentsModule } from './threat-assessments/threat-assessments.module.js';

/**
 * The support-plans service: one module per feature. Consent enforcement (ConsentGateModule) and
 * the police projection (ShareWithPoliceModule) are imported by the features that need them.
 */
@Module({
  imports: [
    StudentsModule,
    ConsentsModule,
    BreakTheGlassModule,
    DisclosuresModule,
    ReferralsModule,
    SupportPlansFeatureModule,
    SafetyPlansModule,
    ThreatAssessmentsModule,
    ClinicalNotesModule,
    CommunityProvidersModule,
    ProviderReferralsModule,
  ],
})
export class SupportPlansModule {}
