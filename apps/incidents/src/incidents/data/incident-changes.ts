import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { IncidentResponse } from '../api/incident.response.js';
import { IncidentReader } from './incident-reader.js';
import type { Incident } from './incident.entity.js';
import { lockIncident } from './transition.js';

/** One change to one incident, as every step, disposition or use-of-force report makes it. */
@Injectable()
export class IncidentChanges {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: IncidentReader,
  ) {}

  /**
   * Runs `change` in one transaction on the incident read under its row lock (concurrent changes of
   * one incident queue there), then answers the whole incident as the change left it.
   */
  apply(id: string, change: (em: EntityManager, incident: Incident) => Promise<Incident>): Promise<IncidentResponse> {
    return this.dataSource.transaction(async (em) => this.reader.view(await change(em, await lockIncident(em, id)), em));
  }
}
