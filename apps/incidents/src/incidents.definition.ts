import { MESSAGING_MIGRATIONS } from '#messaging';
import type { ServiceDefinition } from '#platform';
import { DISPATCH_ENTITIES } from './dispatch/dispatch.module.js';
import { IncidentsServiceModule } from './incidents.module.js';
import { INCIDENT_ENTITIES } from './incidents/incidents.module.js';
import { CreateIncident1763900000000 } from './migrations/1763900000000-create-incident.js';
import { CreateOfficerCertification1763900000100 } from './migrations/1763900000100-create-officer-certification.js';
import { IncidentLifecycle1764200000000 } from './migrations/1764200000000-incident-lifecycle.js';
import { IncidentListIndexes1764200000100 } from './migrations/1764200000100-incident-list-indexes.js';
import { CreateTip1764200000200 } from './migrations/1764200000200-create-tip.js';
import { CreateCoResponderRoster1764200000300 } from './migrations/1764200000300-create-co-responder-roster.js';
import { DispatchFallbacks1764500000000 } from './migrations/1764500000000-dispatch-fallbacks.js';
import { CreateStudentDemographics1764600000000 } from './migrations/1764600000000-create-student-demographics.js';
import { CreateSupportDisclosure1764300000500 } from './migrations/1764300000500-create-support-disclosure.js';
import { BtreeArrayLookups1765300000000 } from './migrations/1765300000000-btree-array-lookups.js';
import { PartnerDispatch1765600000000 } from './migrations/1765600000000-partner-dispatch.js';
import { TIP_ENTITIES } from './tips/tips.module.js';

export const incidentsDefinition: ServiceDefinition = {
  service: 'incidents',
  api: {
    title: 'Incidents API (police side)',
    description:
      'Incidents, anonymous tips, co-responder dispatch, dispositions and use of force. Incident narratives are ' +
      'law-enforcement unit records (class LE); clinical data never appears here.',
  },
  feature: IncidentsServiceModule,
  database: {
    entities: [...INCIDENT_ENTITIES, ...TIP_ENTITIES, ...DISPATCH_ENTITIES],
    migrations: [
      ...MESSAGING_MIGRATIONS,
      CreateIncident1763900000000,
      CreateOfficerCertification1763900000100,
      IncidentLifecycle1764200000000,
      IncidentListIndexes1764200000100,
      CreateTip1764200000200,
      CreateCoResponderRoster1764200000300,
      CreateSupportDisclosure1764300000500,
      DispatchFallbacks1764500000000,
      CreateStudentDemographics1764600000000,
      // Runs after the tenancy migration dataSourceOptions appends (timestamp order): it needs district_id.
      BtreeArrayLookups1765300000000,
      // After the platform's sharing agreements (1765500000000).
      PartnerDispatch1765600000000,
    ],
  },
};
