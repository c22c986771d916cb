import { Problem } from '#platform';
import type { NoResponderReason } from '../domain/choose-responders.js';

export interface NoResponderFacts {
  campusId: string;
  at: Date;
  day: string;
  reasons: NoResponderReason[];
  /** Active officers assigned in scope (CIT or not). */
  assignedOfficers: number;
  /** Shifts covering the campus then, whoever holds them. */
  coveringShifts: number;
}

function explain(reason: NoResponderReason, f: NoResponderFacts): string {
  switch (reason) {
    case 'no-cit-officer':
      return f.assignedOfficers === 0
        ? `no active officer is assigned to ${f.campusId} or its dispatch area on ${f.day}`
        : `none of the ${f.assignedOfficers} active officer(s) assigned to ${f.campusId} or its dispatch area on ${f.day} holds a current CIT certification`;
    case 'no-officer':
      return `no active officer is assigned to ${f.campusId} or its dispatch area on ${f.day}`;
    case 'no-clinician-on-call':
      return f.coveringShifts === 0
        ? `no clinician is on call for ${f.campusId} at ${f.at.toISOString()}`
        : `the ${f.coveringShifts} on-call shift(s) covering ${f.campusId} at ${f.at.toISOString()} belong to no active, licensed clinician`;
  }
}

/** 409: the request is fine, but the roster at that instant cannot staff it; it may succeed later. */
export function noResponders(incidentId: string, coResponse: boolean, f: NoResponderFacts): Problem {
  const code = coResponse ? 'DISPATCH.NO_ELIGIBLE_PAIR' : 'DISPATCH.NO_ELIGIBLE_OFFICER';
  const what = coResponse ? 'No eligible co-responder pair' : 'No eligible officer';
  return Problem.conflict(code, `${what} for incident ${incidentId}: ${f.reasons.map((r) => explain(r, f)).join('; ')}`, {
    reasons: f.reasons,
    // Never a dead end: what the dispatcher can do now instead of waiting.
    alternatives: coResponse
      ? ['dispatch with officerOnlyReason', 'dispatch with clinicianMode=remote', 'POST /incidents/{id}/retriage', 'POST /incidents/{id}/void']
      : ['POST /incidents/{id}/retriage', 'POST /incidents/{id}/void'],
    campusId: f.campusId,
    at: f.at.toISOString(),
  });
}
