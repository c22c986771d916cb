import type { ServiceDefinition } from '#platform';
import { Incident } from './incident/incident.entity.js';
import { IncidentsModule } from './incidents.module.js';
import { CreateIncident1763900000000 } from './migrations/1763900000000-create-incident.js';

export const incidentsService: ServiceDefinition = {
  service: 'incidents',
  api: {
    title: 'Incidents API (police side)',
    description:
      'Incidents, anonymous tips, co-responder dispatch, dispositions and use of force. Incident narratives are ' +
      'law-enforcement unit records (class LE); clinical data never appears here.',
  },
  feature: IncidentsModule,
  database: { entities: [Incident], migrations: [CreateIncident1763900000000] },
};
