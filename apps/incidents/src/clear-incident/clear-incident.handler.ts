import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IncidentClearedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { IncidentReader } from '../incident/incident-reader.js';
import type { IncidentResponse } from '../incident/incident.response.js';
import { illegalTransition, isLegalTransition } from '../incident/lifecycle.js';
import type { StepTimeDto } from '../incident/step-time.dto.js';
import { lockIncident, stepTime, transition } from '../incident/transition.js';

/** on-scene → cleared: the responders left; the dispatched pair is free for the next call. */
@Injectable()
export class ClearIncidentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly reader: IncidentReader,
  ) {}

  execute(id: string, dto: StepTimeDto, now: Date): Promise<IncidentResponse> {
    return this.dataSource.transaction(async (em) => {
      const locked = await lockIncident(em, id);
      if (!isLegalTransition(locked.status, 'cleared')) throw illegalTransition(id, locked.status, 'cleared');
      const clearedAt = stepTime(dto.at, now, { label: 'on scene', at: locked.onSceneAt });
      const incident = await transition(em, locked, 'cleared', { clearedAt });
      await this.outbox.add(em, IncidentClearedEvent, { incidentId: id, clearedAt: clearedAt.toISOString() });
      return this.reader.view(incident, em);
    });
  }
}
