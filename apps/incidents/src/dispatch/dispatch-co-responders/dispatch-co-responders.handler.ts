import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AnalyticsIncidentDispatchedEvent, IncidentDispatchedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { AnalyticIds } from '../../analytics/domain/analytic-ids.js';
import type { IncidentResponse } from '../../incidents/api/incident.response.js';
import { IncidentChanges } from '../../incidents/data/incident-changes.js';
import type { Incident } from '../../incidents/data/incident.entity.js';
import { stepTo, transition } from '../../incidents/data/transition.js';
import { coveringShiftCount, officerCandidates, onCallClinicians, onCallCliniciansAnywhere } from '../data/co-responder-pool.js';
import { chooseResponders } from '../domain/choose-responders.js';
import { districtDay } from '../domain/district-day.js';
import type { DispatchCoRespondersDto } from './dispatch-co-responders.dto.js';
import { noResponders } from './no-responders.problem.js';
import { PartnerResponders, type PartnerPick } from './partner-responders.js';
import { currentDistrictId, DistrictDirectory, districtTimeZone, SharingAgreements, type Principal } from '#platform';

/**
 * triaged → dispatched. Picks the responders from the local eligibility projections at the dispatch
 * instant, under the incident's row lock, so two dispatches of one incident cannot both succeed.
 * With no eligible pair the dispatcher may send an officer alone (officerOnlyReason) or have an
 * on-call clinician join remotely (clinicianMode=remote); both are recorded and counted apart.
 */
@Injectable()
export class DispatchCoRespondersHandler {
  constructor(
    private readonly changes: IncidentChanges,
    private readonly outbox: Outbox,
    private readonly analyticIds: AnalyticIds,
    private readonly dataSource: DataSource,
    private readonly agreements: SharingAgreements,
    private readonly directory: DistrictDirectory,
  ) {}

  async execute(id: string, dto: DispatchCoRespondersDto, now: Date, by?: Principal): Promise<IncidentResponse> {
    const made: { partners?: PartnerResponders } = {};
    try {
      return await this.changes.apply(id, (em, locked) => this.dispatch(em, locked, dto, now, by, made));
    } catch (err) {
      // A refused dispatch rolls back, partner reads included; those reads did happen (a partner's
      // roster was looked at), so they are audited on their own. No dispatch audit: nobody was sent.
      if (made.partners?.reads.length) await this.dataSource.transaction((em) => made.partners!.auditReads(em));
      throw err;
    }
  }

  private async dispatch(
    em: EntityManager, locked: Incident, dto: DispatchCoRespondersDto, now: Date, by: Principal | undefined, made: { partners?: PartnerResponders },
  ): Promise<Incident> {
    const id = locked.id;
    const at = stepTo(locked, 'dispatched', dto.at, now, { label: 'triaged', at: locked.triagedAt });
    const indicated = locked.coResponseIndicated === true;
    const coResponse = indicated && !dto.officerOnlyReason;
    const remote = coResponse && dto.clinicianMode === 'remote';
    let officers = await officerCandidates(em, locked.campusId, at);
    let clinicians = coResponse ? await this.clinicians(em, locked.campusId, at, remote) : [];
    // Nobody local to send: a partner district's, only under an agreement in force (issue 19).
    const partners = (made.partners = new PartnerResponders(em, this.agreements, this.directory, {
      receiverDistrictId: currentDistrictId()!, campusId: locked.campusId, at, incidentId: id,
      // A partner's officer acting here (x-acting-district) is named by its home district.
      actor: by ? `sub:${by.homeDistrictId ?? by.districtId}/${by.sub}` : 'dispatch',
    }));
    const officerFrom = (coResponse ? !officers.some((o) => o.citCurrent) : officers.length === 0) ? await partners.officers() : null;
    if (officerFrom) officers = [officerFrom.candidate];
    const clinicianFrom = coResponse && clinicians.length === 0 ? await partners.clinicians() : null;
    if (clinicianFrom) clinicians = [clinicianFrom.candidate];
    const choice = chooseResponders(officers, clinicians, coResponse);
    if (!choice.ok) {
      const coveringShifts = coResponse ? await coveringShiftCount(em, locked.campusId, at) : 0;
      throw noResponders(id, coResponse, {
        campusId: locked.campusId, at, day: districtDay(at, districtTimeZone()), reasons: choice.reasons, assignedOfficers: officers.length, coveringShifts,
      });
    }
    const responders = {
      coResponse,
      officerStaffId: choice.officer.staffId,
      clinicianStaffId: choice.clinician?.staffId ?? null,
      officerMatch: choice.officer.match,
      dispatchedAt: at,
      clinicianMode: coResponse ? (remote ? 'remote' : 'in-person') : null,
      officerOnlyReason: indicated ? (dto.officerOnlyReason ?? null) : null,
      officerDistrictId: officerFrom?.providerDistrictId ?? null,
      clinicianDistrictId: clinicianFrom && choice.clinician ? clinicianFrom.providerDistrictId : null,
      sharingAgreementId: (clinicianFrom ?? officerFrom)?.agreementId ?? null,
    } satisfies Partial<Incident>;
    const incident = await transition(em, locked, 'dispatched', responders);
    await partners.auditReads(em);
    const lent: (PartnerPick<{ staffId: string }> | null)[] = [officerFrom, clinicianFrom];
    for (const pick of lent) if (pick) await partners.dispatched(em, pick);
    await this.publish(em, incident, at);
    return incident;
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
      // Only when a partner lent someone: a local dispatch's payload stays as it always was.
      ...(incident.sharingAgreementId
        ? { officerDistrictId: incident.officerDistrictId, clinicianDistrictId: incident.clinicianDistrictId, sharingAgreementId: incident.sharingAgreementId }
        : {}),
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
