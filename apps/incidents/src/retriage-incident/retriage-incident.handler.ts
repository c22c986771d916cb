import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IncidentTriagedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { IncidentReader } from '../incident/incident-reader.js';
import { Incident } from '../incident/incident.entity.js';
import type { IncidentResponse } from '../incident/incident.response.js';
import { wrongStatus } from '../incident/lifecycle.js';
import { lockIncident, stepTime } from '../incident/transition.js';
import type { TriageIncidentDto } from '../triage-incident/triage-incident.dto.js';

/**
 * triaged → triaged with a new priority or co-response decision (e.g. no clinician anywhere: send an
 * officer alone). Only before dispatch; republishes incidents.incident.triaged with retriage: true.
 */
@Injectable()
export class RetriageIncidentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly reader: IncidentReader,
  ) {}

  execute(id: string, dto: TriageIncidentDto, now: Date): Promise<IncidentResponse> {
    return this.dataSource.transaction(async (em) => {
      const locked = await lockIncident(em, id);
      if (locked.status !== 'triaged') throw wrongStatus(id, locked.status, ['triaged'], 're-triage');
      const triagedAt = stepTime(dto.at, now, { label: 'triaged', at: locked.triagedAt });
      const changes = { priority: dto.priority, coResponseIndicated: dto.coResponseIndicated, triagedAt };
      // Conditional on the status as well as the lock, like every transition.
      const result = await em.createQueryBuilder().update(Incident).set(changes).where(`id = :id AND status = 'triaged'`, { id }).execute();
      if (result.affected !== 1) throw wrongStatus(id, locked.status, ['triaged'], 're-triage');
      const incident = Object.assign(locked, changes);
      await this.outbox.add(em, IncidentTriagedEvent, {
        incidentId: id,
        priority: dto.priority,
        coResponseIndicated: dto.coResponseIndicated,
        triagedAt: triagedAt.toISOString(),
        retriage: true,
      });
      return this.reader.view(incident, em);
    });
  }
}
