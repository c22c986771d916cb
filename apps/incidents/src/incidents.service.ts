import { CreateMessagingTables1763900000001 } from '#messaging';
import type { ServiceDefinition } from '#platform';
import { OfficerCertification } from './eligibility/officer-certification.entity.js';
import { Incident } from './incident/incident.entity.js';
import { IncidentsModule } from './incidents.module.js';
import { CreateIncident1763900000000 } from './migrations/1763900000000-create-incident.js';
import { CreateOfficerCertification1763900000100 } from './migrations/1763900000100-create-officer-certification.js';

export const incidentsService: ServiceDefinition = {
  service: 'incidents',
  api: {
    title: 'Incidents API (police side)',
    description:
      'Incidents, anonymous tips, co-responder dispatch, dispositions and use of force. Incident narratives are ' +
      'law-enforcement unit records (class LE); clinical data never appears here.',
  },
  feature: IncidentsModule,
  database: {
    entities: [Incident, OfficerCertification],
    migrations: [CreateMessagingTables1763900000001, CreateIncident1763900000000, CreateOfficerCertification1763900000100],
  },
};
