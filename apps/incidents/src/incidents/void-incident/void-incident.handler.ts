import { Injectable } from '@nestjs/common';
import { AnalyticsIncidentVoidedEvent, IncidentVoidedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { AnalyticIds } from '../../analytics/domain/analytic-ids.js';
import type { IncidentResponse } from '../api/incident.response.js';
import { IncidentChanges } from '../data/incident-changes.js';
import { INCIDENT_STATUSES, type IncidentStatus } from '../data/incident.entity.js';
import { stepTime, updateIfStill, wrongStatus } from '../data/transition.js';
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
    private readonly changes: IncidentChanges,
    private readonly outbox: Outbox,
    private readonly analyticIds: AnalyticIds,
  ) {}

  execute(id: string, dto: VoidIncidentDto, voidedBy: string, now: Date): Promise<IncidentResponse> {
    return this.changes.apply(id, async (em, locked) => {
      const previous = locked.status;
      if (!VOIDABLE.includes(previous)) throw wrongStatus(id, previous, VOIDABLE, 'voiding');
      const voidedAt = stepTime(dto.at, now, { label: 'reported', at: locked.createdAt });
      const voided = { status: 'voided' as const, voidedAt, voidedBy, voidReason: dto.reason, voidNote: dto.note ?? null };
      const incident = await updateIfStill(em, locked, voided, () => wrongStatus(id, previous, VOIDABLE, 'voiding'));
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
      return incident;
    });
  }
}
