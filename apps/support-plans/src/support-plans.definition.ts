import { MESSAGING_MIGRATIONS } from '#messaging';
import type { ServiceDefinition } from '#platform';
import { CONSENT_ENTITIES, CONSENT_MIGRATIONS } from './consent-side.js';
import { CreateReferral1763900000000 } from './migrations/1763900000000-create-referral.js';
import { CLINICAL_ENTITIES, CLINICAL_MIGRATIONS } from './clinical-side.js';
import { Referral } from './referral/referral.entity.js';
import { SupportPlansModule } from './support-plans.module.js';

export const supportPlansDefinition: ServiceDefinition = {
  service: 'support-plans',
  api: {
    title: 'Support plans API (clinical side)',
    description:
      'Referrals, support and safety plans, threat assessments, consents and clinical notes. Clinical records ' +
      '(EDU-CLIN, PSY-NOTE, SUD) stay here; police-side access goes through the consent rules.',
  },
  feature: SupportPlansModule,
  database: { entities: [Referral, ...CONSENT_ENTITIES, ...CLINICAL_ENTITIES], migrations: [...MESSAGING_MIGRATIONS, CreateReferral1763900000000, ...CONSENT_MIGRATIONS, ...CLINICAL_MIGRATIONS] },
};
