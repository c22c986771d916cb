import { MESSAGING_MIGRATIONS } from '#messaging';
import type { ServiceDefinition } from '#platform';
import { CreateScreening1764800000000 } from './migrations/1764800000000-create-screening.js';
import { CreateSupport1764800000100 } from './migrations/1764800000100-create-support.js';
import { CreateWellbeingTraining1764800000200 } from './migrations/1764800000200-create-wellbeing-training.js';
import { ROSTER_ENTITIES } from './roster/roster.module.js';
import { SCREENING_ENTITIES } from './screening/screening.module.js';
import { SUPPORT_ENTITIES } from './support/support.module.js';
import { WellnessModule } from './wellness.module.js';

export const wellnessDefinition: ServiceDefinition = {
  service: 'wellness',
  api: {
    title: 'Staff well-being API (confidential)',
    description:
      "The department's care for its own people, kept out of personnel files (libs/consent/src/wellness/RULES.md, W1-W13): " +
      'psychological screening of officer candidates (sealed evaluations; only the TCOLE L-3 declaration reaches staffing), ' +
      'confidential critical-incident debriefs, peer support matched outside the chain of command, and counts-only reports for command.',
  },
  feature: WellnessModule,
  database: {
    entities: [...SCREENING_ENTITIES, ...SUPPORT_ENTITIES, ...ROSTER_ENTITIES],
    migrations: [...MESSAGING_MIGRATIONS, CreateScreening1764800000000, CreateSupport1764800000100, CreateWellbeingTraining1764800000200],
  },
};
