import { MESSAGING_MIGRATIONS } from '#messaging';
import type { ServiceDefinition } from '#platform';
import { BREAK_GLASS_ENTITIES } from './break-the-glass/break-the-glass.module.js';
import { CLINICAL_NOTE_ENTITIES } from './clinical-notes/clinical-notes.module.js';
import { COMMUNITY_PROVIDER_ENTITIES } from './community-providers/community-providers.module.js';
import { CONSENT_ENTITIES } from './consents/consents.module.js';
import { CreateReferral1763900000000 } from './migrations/1763900000000-create-referral.js';
import { CreateConsentTables1764300000000 } from './migrations/1764300000000-create-consent-tables.js';
import { CreateDisclosureLog1764300000100 } from './migrations/1764300000100-create-disclosure-log.js';
import { AddReferralClinicalFields1764300000200 } from './migrations/1764300000200-add-referral-clinical-fields.js';
import { CreatePoliceProjection1764300000300 } from './migrations/1764300000300-create-police-projection.js';
import { BreakGlassEnd1764300000900 } from './migrations/1764300000900-break-glass-end.js';
import { CreateThreatCase1764400000000 } from './migrations/1764400000000-create-threat-case.js';
import { ThreatCaseWork1764400000100 } from './migrations/1764400000100-threat-case-work.js';
import { ReferralDecisions1764400000200 } from './migrations/1764400000200-referral-decisions.js';
import { SupportPlans1764400000300 } from './migrations/1764400000300-support-plans.js';
import { SafetyPlans1764400000400 } from './migrations/1764400000400-safety-plans.js';
import { ClinicalNotes1764400000500 } from './migrations/1764400000500-clinical-notes.js';
import { ClinicalListIndexes1764400000600 } from './migrations/1764400000600-list-indexes.js';
import { CommunityProviders1764400000700 } from './migrations/1764400000700-community-providers.js';
import { ProviderReferrals1764400000800 } from './migrations/1764400000800-provider-referrals.js';
import { SequencedDisclosures1765600000000 } from './migrations/1765600000000-sequenced-disclosures.js';
import { PROVIDER_REFERRAL_ENTITIES } from './provider-referrals/provider-referrals.module.js';
import { REFERRAL_ENTITIES } from './referrals/referrals.module.js';
import { SAFETY_PLAN_ENTITIES } from './safety-plans/safety-plans.module.js';
import { STUDENT_ENTITIES } from './students/students.module.js';
import { SupportPlansModule } from './support-plans.module.js';
import { SUPPORT_PLAN_ENTITIES } from './support-plans/support-plans.module.js';
import { THREAT_ASSESSMENT_ENTITIES } from './threat-assessments/threat-assessments.module.js';

export const supportPlansDefinition: ServiceDefinition = {
  service: 'support-plans',
  api: {
    title: 'Support plans API (clinical side)',
    description:
      'Referrals, support and safety plans, threat assessments, consents and clinical notes. Clinical records ' +
      '(EDU-CLIN, PSY-NOTE, SUD) stay here; police-side access goes through the consent rules.',
  },
  feature: SupportPlansModule,
  database: {
    entities: [
      ...REFERRAL_ENTITIES,
      ...STUDENT_ENTITIES,
      ...CONSENT_ENTITIES,
      ...BREAK_GLASS_ENTITIES,
      ...THREAT_ASSESSMENT_ENTITIES,
      ...SUPPORT_PLAN_ENTITIES,
      ...SAFETY_PLAN_ENTITIES,
      ...CLINICAL_NOTE_ENTITIES,
      ...COMMUNITY_PROVIDER_ENTITIES,
      ...PROVIDER_REFERRAL_ENTITIES,
    ],
    migrations: [
      ...MESSAGING_MIGRATIONS,
      CreateReferral1763900000000,
      CreateConsentTables1764300000000,
      CreateDisclosureLog1764300000100,
      AddReferralClinicalFields1764300000200,
      CreatePoliceProjection1764300000300,
      BreakGlassEnd1764300000900,
      CreateThreatCase1764400000000,
      ThreatCaseWork1764400000100,
      ReferralDecisions1764400000200,
      SupportPlans1764400000300,
      SafetyPlans1764400000400,
      ClinicalNotes1764400000500,
      ClinicalListIndexes1764400000600,
      CommunityProviders1764400000700,
      ProviderReferrals1764400000800,
      SequencedDisclosures1765600000000,
    ],
  },
};
