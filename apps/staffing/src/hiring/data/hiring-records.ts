import type { EntityManager } from 'typeorm';
import { Problem } from '#platform';
import { Candidate } from './candidate.entity.js';
import { OfferDecision } from './offer-decision.entity.js';
import { Position } from './position.entity.js';
import { Requisition } from './requisition.entity.js';

/** Row-locks the candidate, so concurrent transitions and approvals of one candidate run one after another. */
export async function lockCandidate(em: EntityManager, id: string): Promise<Candidate> {
  const candidate = await em.findOne(Candidate, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!candidate) throw Problem.notFound('CANDIDATE.NOT_FOUND', `No candidate ${id}`);
  return candidate;
}

export async function findRequisition(em: EntityManager, id: string, lock = false): Promise<Requisition> {
  const requisition = await em.findOne(Requisition, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!requisition) throw Problem.notFound('REQUISITION.NOT_FOUND', `No requisition ${id}`);
  return requisition;
}

/** A requisition still taking candidates and offers; a filled or cancelled one answers 409. */
export async function findOpenRequisition(em: EntityManager, id: string, lock = false): Promise<Requisition> {
  const requisition = await findRequisition(em, id, lock);
  if (requisition.status !== 'open') throw Problem.conflict('REQUISITION.NOT_OPEN', `Requisition ${id} is ${requisition.status}`);
  return requisition;
}

export async function findPosition(em: EntityManager, id: string): Promise<Position> {
  const position = await em.findOneBy(Position, { id });
  if (!position) throw Problem.notFound('POSITION.NOT_FOUND', `No position ${id}`);
  return position;
}

/** The position a requisition fills (the candidate's, when given the candidate's requisition). */
export async function positionOfRequisition(em: EntityManager, requisitionId: string): Promise<Position> {
  return findPosition(em, (await findRequisition(em, requisitionId)).positionId);
}

export function decisionsOf(em: EntityManager, candidateId: string): Promise<OfferDecision[]> {
  return em.find(OfferDecision, { where: { candidateId }, order: { decidedAt: 'ASC' } });
}
