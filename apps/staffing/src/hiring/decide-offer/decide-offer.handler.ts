import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { StaffAddedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { offerApproval } from '#consent';
import { Problem, ServiceConfig, type Principal } from '#platform';
import { addToRoster, staffAdded } from '../../staff/data/staff-records.js';
import { applyOfferDecision, assertTransition } from '../api/candidate-problems.js';
import type { Candidate } from '../data/candidate.entity.js';
import { decisionsOf, findOpenRequisition, findPosition, lockCandidate, positionOfRequisition } from '../data/hiring-records.js';
import { OfferDecision } from '../data/offer-decision.entity.js';
import { candidatePsychStatus } from '../data/psych-status.js';
import { OFFER_SIDES, type OfferSide } from '../domain/hiring-values.js';
import type { DecideOfferDto } from './decide-offer.dto.js';

export interface DecidedOffer {
  candidate: Candidate;
  decisions: OfferDecision[];
}

/**
 * One signature on an offer. The candidate row is locked first, so two decisions racing on one
 * offer run one after the other: the second sees the first and either completes the hire or is refused.
 */
@Injectable()
export class DecideOfferHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly config: ServiceConfig,
  ) {}

  execute(id: string, dto: DecideOfferDto, by: Principal, now: Date): Promise<DecidedOffer> {
    const side = sideOf(by, dto.as);
    return this.dataSource.transaction(async (em) => {
      const candidate = await lockCandidate(em, id);
      if (candidate.status !== 'offer') {
        throw Problem.conflict('CANDIDATE.ILLEGAL_TRANSITION', `Candidate ${id} is ${candidate.status}; there is no offer to decide`, {
          from: candidate.status,
        });
      }
      const prior = await decisionsOf(em, id);
      const decision = dto.decision === 'approve' ? 'approved' : 'rejected';
      const outcome = applyOfferDecision(id, prior, { side, decision, decidedBy: by.sub });
      if (decision === 'approved') await this.requirePsychDeclaration(em, candidate, now);
      await em.insert(OfferDecision, { candidateId: id, side, decision, decidedBy: by.sub, decidedAt: now, note: dto.note ?? null });
      if (outcome === 'rejected') {
        assertTransition(id, candidate.status, 'rejected');
        Object.assign(candidate, { status: 'rejected', rejectionReason: `Offer refused by the ${side === 'police-chief' ? 'chief of police' : 'director of behavioral health'}` });
        await em.save(candidate);
      } else if (outcome === 'hired') {
        await this.hire(em, candidate, now);
      }
      return { candidate, decisions: await decisionsOf(em, id) };
    });
  }

  /** W4: an officer offer is approved only with a current fit L-3 declaration; the 409 names no reason (W5). */
  private async requirePsychDeclaration(em: EntityManager, candidate: Candidate, now: Date): Promise<void> {
    const position = await positionOfRequisition(em, candidate.requisitionId);
    const status = await candidatePsychStatus(em, candidate.id, position, this.config, now);
    if (status === 'not-required' || offerApproval(position, status).allow) return;
    throw Problem.conflict(
      'OFFER.PSYCH_DECLARATION_REQUIRED',
      `An officer offer needs a current fit psychological declaration (TCOLE L-3); the candidate's is ${status}`,
      { psychDeclaration: status },
    );
  }

  /** Both signatures are in: the candidate joins the roster and the requisition is filled. */
  private async hire(em: EntityManager, candidate: Candidate, now: Date): Promise<void> {
    assertTransition(candidate.id, candidate.status, 'hired');
    const requisition = await findOpenRequisition(em, candidate.requisitionId, true);
    const position = await findPosition(em, requisition.positionId);
    const member = await addToRoster(em, {
      employeeId: candidate.employeeId!,
      displayName: candidate.displayName,
      role: position.role,
      unit: position.unit,
      licenseNumber: candidate.licenseNumber,
    });
    Object.assign(candidate, { status: 'hired', staffId: member.id });
    await em.save(candidate);
    Object.assign(requisition, { status: 'filled', filledAt: now });
    await em.save(requisition);
    await this.outbox.add(em, StaffAddedEvent, staffAdded(member));
  }
}

/** Nobody signs for the other side: the side must be one of the caller's own roles. */
function sideOf(by: Principal, requested: OfferSide | undefined): OfferSide {
  const own = OFFER_SIDES.filter((s) => by.roles.includes(s));
  if (requested) {
    if (!own.includes(requested)) throw new Problem(403, 'OFFER.NOT_YOUR_SIDE', `Only the ${requested} can give the ${requested} decision`);
    return requested;
  }
  if (own.length !== 1) throw new Problem(400, 'OFFER.SIDE_REQUIRED', 'You hold both roles: say which side you decide for ("as")');
  return own[0];
}
