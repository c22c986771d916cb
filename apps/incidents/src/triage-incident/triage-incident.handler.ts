import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IncidentTriagedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { IncidentReader } from '../incident/incident-reader.js';
import type { IncidentResponse } from '../incident/incident.response.js';
import { lockIncident, stepTime, transition } from '../incident/transition.js';
import type { TriageIncidentDto } from './triage-incident.dto.js';

@Injectable()
export class TriageIncidentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly reader: IncidentReader,
  ) {}

  execute(id: string, dto: TriageIncidentDto, now: Date): Promise<IncidentResponse> {
    return this.dataSource.transaction(async (em) => {
      const locked = await lockIncident(em, id);
      const triagedAt = stepTime(dto.at, now, { label: 'occurring', at: locked.occurredAt });
      const incident = await transition(em, locked, 'triaged', { priority: dto.priority, coResponseIndicated: dto.coResponseIndicated, triagedAt });
      await this.outbox.add(em, IncidentTriagedEvent, {
        incidentId: incident.id,
        priority: dto.priority,
        coResponseIndicated: dto.coResponseIndicated,
        triagedAt: triagedAt.toISOString(),
      });
      return this.reader.view(incident, em);
    });
  }
}
