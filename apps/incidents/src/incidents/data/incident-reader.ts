import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Problem } from '#platform';
import { IncidentDisposition } from './disposition.entity.js';
import { Incident } from './incident.entity.js';
import { IncidentResponse } from '../api/incident.response.js';
import { IncidentUseOfForce } from './use-of-force.entity.js';

/** The whole incident as the police unit sees it: the record, its dispositions and uses of force. */
@Injectable()
export class IncidentReader {
  constructor(private readonly dataSource: DataSource) {}

  async read(id: string, em: EntityManager = this.dataSource.manager): Promise<IncidentResponse> {
    const incident = await em.findOneBy(Incident, { id });
    if (!incident) throw Problem.notFound('INCIDENT.NOT_FOUND', `No incident ${id}`);
    return this.view(incident, em);
  }

  /** For an incident already loaded (or just changed) in this transaction. */
  async view(incident: Incident, em: EntityManager = this.dataSource.manager): Promise<IncidentResponse> {
    const dispositions = await em.find(IncidentDisposition, { where: { incidentId: incident.id }, order: { recordedAt: 'ASC', studentId: 'ASC' } });
    const uses = await em.find(IncidentUseOfForce, { where: { incidentId: incident.id }, order: { usedAt: 'ASC', id: 'ASC' } });
    return IncidentResponse.from(incident, dispositions, uses);
  }
}
