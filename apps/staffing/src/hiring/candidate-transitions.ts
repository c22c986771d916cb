import { Problem } from '#platform';
import type { CandidateStatus } from './candidate.entity.js';
import type { OfferDecisionValue, OfferSide } from './offer-decision.entity.js';

const NEXT: Record<CandidateStatus, readonly CandidateStatus[]> = {
  screening: ['interviewing', 'rejected'],
  interviewing: ['offer', 'rejected'],
  // An offer leaves only through the two signatures (hired) or one refusal (rejected).
  offer: ['hired', 'rejected'],
  hired: [],
  rejected: [],
};

export function assertTransition(id: string, from: CandidateStatus, to: CandidateStatus): void {
  if (!NEXT[from].includes(to)) {
    throw Problem.conflict('CANDIDATE.ILLEGAL_TRANSITION', `Candidate ${id} is ${from}; it cannot become ${to}`, { from, to });
  }
}

export interface RecordedDecision {
  side: OfferSide;
  decision: OfferDecisionValue;
  decidedBy: string;
}

export type OfferOutcome = 'awaiting-other-side' | 'hired' | 'rejected';

/**
 * The dual-approval rule: each side decides once; one refusal ends the offer; the offer is accepted
 * when both sides approved, and the two approvals must come from two different people.
 */
export function applyOfferDecision(candidateId: string, prior: readonly RecordedDecision[], next: RecordedDecision): OfferOutcome {
  if (prior.some((d) => d.side === next.side)) {
    throw Problem.conflict('OFFER.ALREADY_DECIDED', `The ${next.side} side already decided on candidate ${candidateId}'s offer`, { side: next.side });
  }
  if (next.decision === 'rejected') return 'rejected';
  if (prior.some((d) => d.decidedBy === next.decidedBy)) {
    throw Problem.conflict('OFFER.SAME_APPROVER', 'One person cannot give both approvals of an offer', { side: next.side });
  }
  return prior.some((d) => d.decision === 'approved') ? 'hired' : 'awaiting-other-side';
}
