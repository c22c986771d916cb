import { Injectable } from '@nestjs/common';
import { IncidentTriagedEvent } from '#contracts';
import { Outbox } from '#messaging';
import type { IncidentResponse } from '../api/incident.response.js';
import type { TriageIncidentDto } from '../api/triage-incident.dto.js';
import { IncidentChanges } from '../data/incident-changes.js';
import { stepTime, updateIfStill, wrongStatus } from '../data/transition.js';

/**
 * triaged → triaged with a new priority or co-response decision (e.g. no clinician anywhere: send an
 * officer alone). Only before dispatch; republishes incidents.incident.triaged with retriage: true.
 */
@Injectable()
export class RetriageIncidentHandler {
  constructor(
    private readonly changes: IncidentChanges,
    private readonly outbox: Outbox,
  ) {}

  execute(id: string, dto: TriageIncidentDto, now: Date): Promise<IncidentResponse> {
    return this.changes.apply(id, async (em, locked) => {
      if (locked.status !== 'triaged') throw wrongStatus(id, locked.status, ['triaged'], 're-triage');
      const triagedAt = stepTime(dto.at, now, { label: 'triaged', at: locked.triagedAt });
      // Conditional on the status as well as the lock, like every transition.
      const incident = await updateIfStill(em, locked, { priority: dto.priority, coResponseIndicated: dto.coResponseIndicated, triagedAt }, () =>
        wrongStatus(id, locked.status, ['triaged'], 're-triage'),
      );
      await this.outbox.add(em, IncidentTriagedEvent, {
        incidentId: id,
        priority: dto.priority,
        coResponseIndicated: dto.coResponseIndicated,
        triagedAt: triagedAt.toISOString(),
        retriage: true,
      });
      return incident;
    });
  }
}
