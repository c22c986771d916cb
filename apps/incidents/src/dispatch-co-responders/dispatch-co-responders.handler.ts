import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IncidentDispatchedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { chooseResponders } from '../eligibility/choose-responders.js';
import { coveringShiftCount, districtDay, officerCandidates, onCallClinicians } from '../eligibility/co-responder-pool.js';
import { IncidentReader } from '../incident/incident-reader.js';
import type { IncidentResponse } from '../incident/incident.response.js';
import { illegalTransition, isLegalTransition } from '../incident/lifecycle.js';
import { lockIncident, stepTime, transition } from '../incident/transition.js';
import type { DispatchCoRespondersDto } from './dispatch-co-responders.dto.js';
import { noResponders } from './no-responders.problem.js';

/**
 * triaged → dispatched. Picks the responders from the local eligibility projections at the dispatch
 * instant, under the incident's row lock, so two dispatches of one incident cannot both succeed.
 */
@Injectable()
export class DispatchCoRespondersHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly reader: IncidentReader,
  ) {}

  execute(id: string, dto: DispatchCoRespondersDto, now: Date): Promise<IncidentResponse> {
    return this.dataSource.transaction(async (em) => {
      const locked = await lockIncident(em, id);
      if (!isLegalTransition(locked.status, 'dispatched')) throw illegalTransition(id, locked.status, 'dispatched');
      const at = stepTime(dto.at, now, { label: 'triaged', at: locked.triagedAt });
      const coResponse = locked.coResponseIndicated === true;
      const officers = await officerCandidates(em, locked.campusId, at);
      const clinicians = coResponse ? await onCallClinicians(em, locked.campusId, at) : [];
      const choice = chooseResponders(officers, clinicians, coResponse);
      if (!choice.ok) {
        const coveringShifts = coResponse ? await coveringShiftCount(em, locked.campusId, at) : 0;
        throw noResponders(id, coResponse, {
          campusId: locked.campusId, at, day: districtDay(at), reasons: choice.reasons, assignedOfficers: officers.length, coveringShifts,
        });
      }
      const incident = await transition(em, locked, 'dispatched', {
        coResponse,
        officerStaffId: choice.officer.staffId,
        clinicianStaffId: choice.clinician?.staffId ?? null,
        officerMatch: choice.officer.match,
        dispatchedAt: at,
      });
      await this.outbox.add(em, IncidentDispatchedEvent, {
        incidentId: id,
        campusId: incident.campusId,
        coResponse,
        officerStaffId: choice.officer.staffId,
        clinicianStaffId: choice.clinician?.staffId ?? null,
        dispatchedAt: at.toISOString(),
      });
      return this.reader.view(incident, em);
    });
  }
}
