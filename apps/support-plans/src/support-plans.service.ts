import { CreateMessagingTables1763900000001 } from '#messaging';
import type { ServiceDefinition } from '#platform';
import { CreateReferral1763900000000 } from './migrations/1763900000000-create-referral.js';
import { CreateConsentTables1764300000000 } from './migrations/1764300000000-create-consent-tables.js';
import { CreateDisclosureLog1764300000100 } from './migrations/1764300000100-create-disclosure-log.js';
import { BreakGlassGrantRecord } from './break-the-glass/break-glass-grant.entity.js';
import { ConsentRecord } from './consents/consent.entity.js';
import { Student } from './students/student.entity.js';
import { CLINICAL_ENTITIES, CLINICAL_MIGRATIONS } from './clinical-side.js';
import { Referral } from './referral/referral.entity.js';
import { SupportPlansModule } from './support-plans.module.js';

export const supportPlansService: ServiceDefinition = {
  service: 'support-plans',
  api: {
    title: 'Support plans API (clinical side)',
    description:
      'Referrals, support and safety plans, threat assessments, consents and clinical notes. Clinical records ' +
      '(EDU-CLIN, PSY-NOTE, SUD) stay here; police-side access goes through the consent rules.',
  },
  feature: SupportPlansModule,
  database: { entities: [Referral, Student, ConsentRecord, BreakGlassGrantRecord, ...CLINICAL_ENTITIES], migrations: [CreateMessagingTables1763900000001, CreateReferral1763900000000, CreateConsentTables1764300000000, CreateDisclosureLog1764300000100, ...CLINICAL_MIGRATIONS] },
};
