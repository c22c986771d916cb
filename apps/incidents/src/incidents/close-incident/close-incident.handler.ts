import { Injectable } from '@nestjs/common';
import { IncidentClosedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem } from '#platform';
import type { IncidentResponse } from '../api/incident.response.js';
import type { StepTimeDto } from '../api/step-time.dto.js';
import { IncidentDisposition } from '../data/disposition.entity.js';
import { IncidentChanges } from '../data/incident-changes.js';
import { stepTo, transition } from '../data/transition.js';

/** cleared → closed, once every student involved has a disposition (the outcome metrics count on it). */
@Injectable()
export class CloseIncidentHandler {
  constructor(
    private readonly changes: IncidentChanges,
    private readonly outbox: Outbox,
  ) {}

  execute(id: string, dto: StepTimeDto, now: Date): Promise<IncidentResponse> {
    return this.changes.apply(id, async (em, locked) => {
      const closedAt = stepTo(locked, 'closed', dto.at, now, { label: 'cleared', at: locked.clearedAt });
      const decided = new Set((await em.findBy(IncidentDisposition, { incidentId: id })).map((d) => d.studentId));
      const missing = locked.studentIds.filter((s) => !decided.has(s));
      if (missing.length) {
        throw Problem.conflict('INCIDENT.DISPOSITIONS_MISSING', `Incident ${id} has no disposition yet for ${missing.join(', ')}`, { studentIds: missing });
      }
      const incident = await transition(em, locked, 'closed', { closedAt });
      await this.outbox.add(em, IncidentClosedEvent, { incidentId: id, closedAt: closedAt.toISOString() });
      return incident;
    });
  }
}
