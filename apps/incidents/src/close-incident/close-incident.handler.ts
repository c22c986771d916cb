import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IncidentClosedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem } from '#platform';
import { IncidentDisposition } from '../incident/disposition.entity.js';
import { IncidentReader } from '../incident/incident-reader.js';
import type { IncidentResponse } from '../incident/incident.response.js';
import { illegalTransition, isLegalTransition } from '../incident/lifecycle.js';
import type { StepTimeDto } from '../incident/step-time.dto.js';
import { lockIncident, stepTime, transition } from '../incident/transition.js';

/** cleared → closed, once every student involved has a disposition (the outcome metrics count on it). */
@Injectable()
export class CloseIncidentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly reader: IncidentReader,
  ) {}

  execute(id: string, dto: StepTimeDto, now: Date): Promise<IncidentResponse> {
    return this.dataSource.transaction(async (em) => {
      const locked = await lockIncident(em, id);
      if (!isLegalTransition(locked.status, 'closed')) throw illegalTransition(id, locked.status, 'closed');
      const closedAt = stepTime(dto.at, now, { label: 'cleared', at: locked.clearedAt });
      const decided = new Set((await em.findBy(IncidentDisposition, { incidentId: id })).map((d) => d.studentId));
      const missing = locked.studentIds.filter((s) => !decided.has(s));
      if (missing.length) {
        throw Problem.conflict('INCIDENT.DISPOSITIONS_MISSING', `Incident ${id} has no disposition yet for ${missing.join(', ')}`, { studentIds: missing });
      }
      const incident = await transition(em, locked, 'closed', { closedAt });
      await this.outbox.add(em, IncidentClosedEvent, { incidentId: id, closedAt: closedAt.toISOString() });
      return this.reader.view(incident, em);
    });
  }
}
