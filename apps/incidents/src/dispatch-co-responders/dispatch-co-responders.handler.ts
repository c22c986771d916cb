import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AnalyticsIncidentDispatchedEvent, IncidentDispatchedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { AnalyticIds } from '../analytics/analytic-ids.js';
import { chooseResponders } from '../eligibility/choose-responders.js';
import { coveringShiftCount, districtDay, officerCandidates, onCallClinicians, onCallCliniciansAnywhere } from '../eligibility/co-responder-pool.js';
import { IncidentReader } from '../incident/incident-reader.js';
import type { Incident } from '../incident/incident.entity.js';
import type { IncidentResponse } from '../incident/incident.response.js';
import { illegalTransition, isLegalTransition } from '../incident/lifecycle.js';
import { lockIncident, stepTime, transition } from '../incident/transition.js';
import type { DispatchCoRespondersDto } from './dispatch-co-responders.dto.js';
import { noResponders } from './no-responders.problem.js';

/**
 * triaged → dispatched. Picks the responders from the local eligibility projections at the dispatch
 * instant, under the incident's row lock, so two dispatches of one incident cannot both succeed.
 * With no eligible pair the dispatcher may send an officer alone (officerOnlyReason) or have an
 * on-call clinician join remotely (clinicianMode=remote); both are recorded and counted apart.
 */
@Injectable()
export class DispatchCoRespondersHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly reader: IncidentReader,
    private readonly analyticIds: AnalyticIds,
  ) {}

  execute(id: string, dto: DispatchCoRespondersDto, now: Date): Promise<IncidentResponse> {
    return this.dataSource.transaction(async (em) => {
      const locked = await lockIncident(em, id);
      if (!isLegalTransition(locked.status, 'dispatched')) throw illegalTransition(id, locked.status, 'dispatched');
      const at = stepTime(dto.at, now, { label: 'triaged', at: locked.triagedAt });
      const indicated = locked.coResponseIndicated === true;
      const coResponse = indicated && !dto.officerOnlyReason;
      const remote = coResponse && dto.clinicianMode === 'remote';
      const officers = await officerCandidates(em, locked.campusId, at);
      const clinicians = coResponse ? await this.clinicians(em, locked.campusId, at, remote) : [];
      const choice = chooseResponders(officers, clinicians, coResponse);
      if (!choice.ok) {
        const coveringShifts = coResponse ? await coveringShiftCount(em, locked.campusId, at) : 0;
        throw noResponders(id, coResponse, {
          campusId: locked.campusId, at, day: districtDay(at), reasons: choice.reasons, assignedOfficers: officers.length, coveringShifts,
        });
      }
      const changes = {
        coResponse,
        officerStaffId: choice.officer.staffId,
        clinicianStaffId: choice.clinician?.staffId ?? null,
        officerMatch: choice.officer.match,
        dispatchedAt: at,
        clinicianMode: coResponse ? (remote ? 'remote' : 'in-person') : null,
        officerOnlyReason: indicated ? (dto.officerOnlyReason ?? null) : null,
      } satisfies Partial<Incident>;
      const incident = await transition(em, locked, 'dispatched', changes);
      await this.publish(em, incident, at);
      return this.reader.view(incident, em);
    });
  }

  private async clinicians(em: EntityManager, campusId: string, at: Date, remote: boolean) {
    const covering = await onCallClinicians(em, campusId, at);
    return remote && covering.length === 0 ? onCallCliniciansAnywhere(em, at) : covering;
  }

  private async publish(em: EntityManager, incident: Incident, at: Date): Promise<void> {
    await this.outbox.add(em, IncidentDispatchedEvent, {
      incidentId: incident.id,
      campusId: incident.campusId,
      coResponse: incident.coResponse === true,
      officerStaffId: incident.officerStaffId!,
      clinicianStaffId: incident.clinicianStaffId,
      dispatchedAt: at.toISOString(),
      officerOnlyReason: incident.officerOnlyReason,
      clinicianMode: incident.clinicianMode,
    });
    await this.outbox.add(em, AnalyticsIncidentDispatchedEvent, {
      analyticIncidentId: this.analyticIds.of('incident', incident.id),
      campusId: incident.campusId,
      dispatchedOn: at.toISOString().slice(0, 10),
      priority: incident.priority!,
      coResponseIndicated: incident.coResponseIndicated === true,
      coResponse: incident.coResponse === true,
      clinicianMode: incident.clinicianMode,
      officerOnlyReason: incident.officerOnlyReason,
      analyticKeyId: this.analyticIds.keyId,
    });
  }
}
