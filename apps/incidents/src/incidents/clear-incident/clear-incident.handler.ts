import { Injectable } from '@nestjs/common';
import { IncidentClearedEvent } from '#contracts';
import { Outbox } from '#messaging';
import type { IncidentResponse } from '../api/incident.response.js';
import type { StepTimeDto } from '../api/step-time.dto.js';
import { IncidentChanges } from '../data/incident-changes.js';
import { stepTo, transition } from '../data/transition.js';

/** on-scene → cleared: the responders left; the dispatched pair is free for the next call. */
@Injectable()
export class ClearIncidentHandler {
  constructor(
    private readonly changes: IncidentChanges,
    private readonly outbox: Outbox,
  ) {}

  execute(id: string, dto: StepTimeDto, now: Date): Promise<IncidentResponse> {
    return this.changes.apply(id, async (em, locked) => {
      const clearedAt = stepTo(locked, 'cleared', dto.at, now, { label: 'on scene', at: locked.onSceneAt });
      const incident = await transition(em, locked, 'cleared', { clearedAt });
      await this.outbox.add(em, IncidentClearedEvent, { incidentId: id, clearedAt: clearedAt.toISOString() });
      return incident;
    });
  }
}
