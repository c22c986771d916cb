import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnalyticsIncidentVoidedEvent, IncidentVoidedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { AnalyticIds } from '../analytics/analytic-ids.js';
import { IncidentReader } from '../incident/incident-reader.js';
import { Incident, INCIDENT_STATUSES, type IncidentStatus } from '../incident/incident.entity.js';
import type { IncidentResponse } from '../incident/incident.response.js';
import { wrongStatus } from '../incident/lifecycle.js';
import { lockIncident, stepTime } from '../incident/transition.js';
import type { VoidIncidentDto } from './void-incident.dto.js';

/** Any open status may be voided; a closed record is final and a voided one stays voided. */
const VOIDABLE = INCIDENT_STATUSES.filter((s): s is IncidentStatus => s !== 'closed' && s !== 'voided');

/**
 * A supervisor voids (cancels) an incident with a reason: who, when and why stay on the record, and
 * the fact goes to the incident topic (audit) and, de-identified, to the data teams.
 */
@Injectable()
export class VoidIncidentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly reader: IncidentReader,
    private readonly analyticIds: AnalyticIds,
  ) {}

  execute(id: string, dto: VoidIncidentDto, voidedBy: string, now: Date): Promise<IncidentResponse> {
    return this.dataSource.transaction(async (em) => {
      const locked = await lockIncident(em, id);
      const previous = locked.status;
      if (!VOIDABLE.includes(previous)) throw wrongStatus(id, previous, VOIDABLE, 'voiding');
      const voidedAt = stepTime(dto.at, now, { label: 'reported', at: locked.createdAt });
      const changes = { status: 'voided' as const, voidedAt, voidedBy, voidReason: dto.reason, voidNote: dto.note ?? null };
      const result = await em.createQueryBuilder().update(Incident).set(changes).where('id = :id AND status = :previous', { id, previous }).execute();
      if (result.affected !== 1) throw wrongStatus(id, previous, VOIDABLE, 'voiding');
      const incident = Object.assign(locked, changes);
      await this.outbox.add(em, IncidentVoidedEvent, {
        incidentId: id, campusId: incident.campusId, previousStatus: previous, reason: dto.reason, voidedBy, voidedAt: voidedAt.toISOString(),
      });
      await this.outbox.add(em, AnalyticsIncidentVoidedEvent, {
        analyticIncidentId: this.analyticIds.of('incident', id),
        campusId: incident.campusId,
        voidedOn: voidedAt.toISOString().slice(0, 10),
        previousStatus: previous,
        reason: dto.reason,
        analyticKeyId: this.analyticIds.keyId,
      });
      return this.reader.view(incident, em);
    });
  }
}
