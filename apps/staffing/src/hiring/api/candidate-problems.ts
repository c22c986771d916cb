import { Problem } from '#platform';
import { offerOutcome, transitionRefusal, type OfferOutcome, type RecordedDecision, type Refusal } from '../domain/candidate-transitions.js';
import type { CandidateStatus } from '../domain/hiring-values.js';

/** The candidate rules as the API answers them: a refused step is a 409 problem carrying the rule's code. */
const conflict = (refusal: Refusal) => Problem.conflict(refusal.code, refusal.detail, refusal.extensions);

export function assertTransition(id: string, from: CandidateStatus, to: CandidateStatus): void {
  const refusal = transitionRefusal(id, from, to);
  if (refusal) throw conflict(refusal);
}

export function applyOfferDecision(candidateId: string, prior: readonly RecordedDecision[], next: RecordedDecision): OfferOutcome {
  const outcome = offerOutcome(candidateId, prior, next);
  if (typeof outcome === 'object') throw conflict(outcome);
  return outcome;
}
