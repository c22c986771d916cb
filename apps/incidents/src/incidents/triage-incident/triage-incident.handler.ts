import { Injectable } from '@nestjs/common';
import { IncidentTriagedEvent } from '#contracts';
import { Outbox } from '#messaging';
import type { IncidentResponse } from '../api/incident.response.js';
import type { TriageIncidentDto } from '../api/triage-incident.dto.js';
import { IncidentChanges } from '../data/incident-changes.js';
import { stepTime, transition } from '../data/transition.js';

@Injectable()
export class TriageIncidentHandler {
  constructor(
    private readonly changes: IncidentChanges,
    private readonly outbox: Outbox,
  ) {}

  execute(id: string, dto: TriageIncidentDto, now: Date): Promise<IncidentResponse> {
    return this.changes.apply(id, async (em, locked) => {
      const triagedAt = stepTime(dto.at, now, { label: 'occurring', at: locked.occurredAt });
      const incident = await transition(em, locked, 'triaged', { priority: dto.priority, coResponseIndicated: dto.coResponseIndicated, triagedAt });
      await this.outbox.add(em, IncidentTriagedEvent, {
        incidentId: incident.id,
        priority: dto.priority,
        coResponseIndicated: dto.coResponseIndicated,
        triagedAt: triagedAt.toISOString(),
      });
      return incident;
    });
  }
}
