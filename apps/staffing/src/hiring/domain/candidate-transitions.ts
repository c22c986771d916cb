import type { CandidateStatus, OfferDecisionValue, OfferSide } from './hiring-values.js';

const NEXT: Record<CandidateStatus, readonly CandidateStatus[]> = {
  screening: ['interviewing', 'rejected'],
  interviewing: ['offer', 'rejected'],
  // An offer leaves only through the two signatures (hired) or one refusal (rejected).
  offer: ['hired', 'rejected'],
  hired: [],
  rejected: [],
};

/** A step the rules refuse: a stable code, what to tell the caller, and the facts behind it. */
export interface Refusal {
  code: string;
  detail: string;
  extensions: Record<string, unknown>;
}

export function transitionRefusal(id: string, from: CandidateStatus, to: CandidateStatus): Refusal | undefined {
  if (NEXT[from].includes(to)) return undefined;
  return { code: 'CANDIDATE.ILLEGAL_TRANSITION', detail: `Candidate ${id} is ${from}; it cannot become ${to}`, extensions: { from, to } };
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
export function offerOutcome(candidateId: string, prior: readonly RecordedDecision[], next: RecordedDecision): OfferOutcome | Refusal {
  if (prior.some((d) => d.side === next.side)) {
    return { code: 'OFFER.ALREADY_DECIDED', detail: `The ${next.side} side already decided on candidate ${candidateId}'s offer`, extensions: { side: next.side } };
  }
  if (next.decision === 'rejected') return 'rejected';
  if (prior.some((d) => d.decidedBy === next.decidedBy)) {
    return { code: 'OFFER.SAME_APPROVER', detail: 'One person cannot give both approvals of an offer', extensions: { side: next.side } };
  }
  return prior.some((d) => d.decision === 'approved') ? 'hired' : 'awaiting-other-side';
}
