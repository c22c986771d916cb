import type { EntityManager } from 'typeorm';
import type { SharedResource } from '#contracts';
import { recordCrossDistrictAccess, sqlQuery, withinDistrict, type CrossDistrictAccess, type DistrictDirectory, type SharingAgreements } from '#platform';
import { busyHere, onCallCliniciansAnywhere, partnerOfficerCandidates } from '../data/co-responder-pool.js';
import type { ClinicianCandidate, OfficerCandidate } from '../domain/choose-responders.js';
import { districtDay } from '../domain/district-day.js';

/** A responder lent by a partner district, and the agreement it was lent under. */
export interface PartnerPick<T> {
  candidate: T;
  agreementId: string;
  providerDistrictId: string;
}

export interface PartnerScope {
  /** The incident's district, which receives the partner's staff. */
  receiverDistrictId: string;
  campusId: string;
  at: Date;
  incidentId: string;
  /** Who asked: `sub:<district>/<sub>`, or `dispatch` when no caller is known. */
  actor: string;
}

type Read = Omit<CrossDistrictAccess, 'kind'>;

/**
 * Issue 19 item 4: when the incident's district has nobody to send, a partner district's on-call
 * clinician or CIT-current officer, only under a sharing agreement in force for the incident's
 * campus at the dispatch instant. The partner's rows are read in the dispatch transaction acting in
 * the partner district (withinDistrict), and every read is audited in both districts.
 */
export class PartnerResponders {
  /** The partner reads made, audited with the dispatch (or after a refusal, see the handler). */
  readonly reads: Read[] = [];

  constructor(
    private readonly em: EntityManager,
    private readonly agreements: SharingAgreements,
    private readonly directory: DistrictDirectory,
    private readonly scope: PartnerScope,
  ) {}

  clinicians(): Promise<PartnerPick<ClinicianCandidate> | null> {
    return this.pick('on-call-clinicians', () => onCallCliniciansAnywhere(this.em, this.scope.at));
  }

  officers(): Promise<PartnerPick<OfficerCandidate> | null> {
    return this.pick('co-responders', (districtId) => {
      // Assignment dates are the partner's calendar days.
      const day = districtDay(this.scope.at, this.directory.timeZoneOf(districtId) ?? 'UTC');
      return partnerOfficerCandidates(this.em, day, this.scope.at);
    });
  }

  /** Audits the reads made so far in the caller's transaction, then forgets them. */
  async auditReads(em: EntityManager): Promise<void> {
    for (const read of this.reads.splice(0)) await recordCrossDistrictAccess(sqlQuery(em), { kind: 'read', ...read });
  }

  /** Audits the dispatch of the partner's responder, in the dispatch transaction. */
  dispatched(em: EntityManager, pick: PartnerPick<{ staffId: string }>): Promise<void> {
    return recordCrossDistrictAccess(sqlQuery(em), {
      kind: 'dispatch',
      agreementId: pick.agreementId,
      actingDistrictId: this.scope.receiverDistrictId,
      partnerDistrictId: pick.providerDistrictId,
      actor: `staff:${pick.candidate.staffId}`,
      subject: `incident:${this.scope.incidentId}`,
    });
  }

  /**
   * Agreements in force oldest first; within each, the partner's candidates best first. A
   * candidate is busy when dispatched in its own district or already lent here. The first free one
   * wins; with none free, the first busy one (as for local responders: still someone to send).
   */
  private async pick<T extends { staffId: string; busy: boolean }>(share: SharedResource, read: (districtId: string) => Promise<T[]>): Promise<PartnerPick<T> | null> {
    const { receiverDistrictId, campusId, at, incidentId, actor } = this.scope;
    let firstBusy: PartnerPick<T> | null = null;
    for (const a of this.agreements.inForce({ receiverDistrictId, share, campusId, at })) {
      const found = await withinDistrict(sqlQuery(this.em), a.providerDistrictId, () => read(a.providerDistrictId));
      this.reads.push({ agreementId: a.agreementId, actingDistrictId: receiverDistrictId, partnerDistrictId: a.providerDistrictId, actor, subject: `incident:${incidentId}` });
      const lentHere = await busyHere(this.em, found.map((c) => c.staffId));
      const candidates = found.map((c) => ({ ...c, busy: c.busy || lentHere.has(c.staffId) }));
      const free = candidates.find((c) => !c.busy);
      if (free) return { candidate: free, agreementId: a.agreementId, providerDistrictId: a.providerDistrictId };
      firstBusy ??= candidates[0] ? { candidate: candidates[0], agreementId: a.agreementId, providerDistrictId: a.providerDistrictId } : null;
    }
    return firstBusy;
  }
}
