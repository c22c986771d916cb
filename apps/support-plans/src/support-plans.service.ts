import { CreateMessagingTables1763900000001 } from '#messaging';
import type { ServiceDefinition } from '#platform';
import { CreateReferral1763900000000 } from './migrations/1763900000000-create-referral.js';
import { CreateThreatCase1764400000000 } from './migrations/1764400000000-create-threat-case.js';
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
  database: { entities: [Referral], migrations: [CreateMessagingTables1763900000001, CreateReferral1763900000000, CreateThreatCase1764400000000] },
};
