import { Injectable } from '@nestjs/common';
import { AnalyticsIncidentRespondedEvent, IncidentOnSceneEvent } from '#contracts';
import { Outbox } from '#messaging';
import { AnalyticIds } from '../../analytics/domain/analytic-ids.js';
import type { IncidentResponse } from '../api/incident.response.js';
import type { StepTimeDto } from '../api/step-time.dto.js';
import { CriticalIncidentPublisher } from '../data/critical-incident.publisher.js';
import { IncidentChanges } from '../data/incident-changes.js';
import { stepTo, transition } from '../data/transition.js';

/** dispatched → on-scene; the data teams get the co-response time in whole minutes (R12). */
@Injectable()
export class RecordOnSceneHandler {
  constructor(
    private readonly changes: IncidentChanges,
    private readonly outbox: Outbox,
    private readonly analyticIds: AnalyticIds,
    private readonly critical: CriticalIncidentPublisher,
  ) {}

  execute(id: string, dto: StepTimeDto, now: Date): Promise<IncidentResponse> {
    return this.changes.apply(id, async (em, locked) => {
      const onSceneAt = stepTo(locked, 'on-scene', dto.at, now, { label: 'dispatched', at: locked.dispatchedAt });
      const incident = await transition(em, locked, 'on-scene', { onSceneAt });
      await this.outbox.add(em, IncidentOnSceneEvent, { incidentId: id, onSceneAt: onSceneAt.toISOString() });
      await this.outbox.add(em, AnalyticsIncidentRespondedEvent, {
        analyticIncidentId: this.analyticIds.of('incident', id),
        campusId: incident.campusId,
        respondedOn: onSceneAt.toISOString().slice(0, 10),
        priority: incident.priority!,
        coResponse: incident.coResponse === true,
        dispatchToOnSceneMinutes: Math.floor((onSceneAt.getTime() - incident.dispatchedAt!.getTime()) / 60_000),
        analyticKeyId: this.analyticIds.keyId,
      });
      // W6: responding to a weapon incident is critical for the responders (staff ids only).
      if (incident.type === 'weapon') await this.critical.publish(em, incident, { weaponIncident: true }, now);
      return incident;
    });
  }
}
