import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnalyticsIncidentRespondedEvent, IncidentOnSceneEvent } from '#contracts';
import { Outbox } from '#messaging';
import { AnalyticIds } from '../analytics/analytic-ids.js';
import { CriticalIncidentPublisher } from '../critical-incident/critical-incident.publisher.js';
import { IncidentReader } from '../incident/incident-reader.js';
import type { IncidentResponse } from '../incident/incident.response.js';
import { illegalTransition, isLegalTransition } from '../incident/lifecycle.js';
import type { StepTimeDto } from '../incident/step-time.dto.js';
import { lockIncident, stepTime, transition } from '../incident/transition.js';

/** dispatched → on-scene; the data teams get the co-response time in whole minutes (R12). */
@Injectable()
export class RecordOnSceneHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly reader: IncidentReader,
    private readonly analyticIds: AnalyticIds,
    private readonly critical: CriticalIncidentPublisher,
  ) {}

  execute(id: string, dto: StepTimeDto, now: Date): Promise<IncidentResponse> {
    return this.dataSource.transaction(async (em) => {
      const locked = await lockIncident(em, id);
      if (!isLegalTransition(locked.status, 'on-scene')) throw illegalTransition(id, locked.status, 'on-scene');
      const onSceneAt = stepTime(dto.at, now, { label: 'dispatched', at: locked.dispatchedAt });
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
      return this.reader.view(incident, em);
    });
  }
}
