/**
 * How the officer was found: assigned to the incident's campus, to another campus of its dispatch
 * area, or lent by a partner district under a sharing agreement in force (issue 19).
 */
export type OfficerMatch = 'campus' | 'dispatch-area' | 'partner-district';

export interface OfficerCandidate {
  staffId: string;
  match: OfficerMatch;
  /** Primary assignment at the incident's own campus. */
  primary: boolean;
  /** Already dispatched or on scene elsewhere. */
  busy: boolean;
  /** A current CIT certification at that instant (co-responder eligibility, officer half). */
  citCurrent: boolean;
}

export interface ClinicianCandidate {
  staffId: string;
  shiftId: string;
  busy: boolean;
}

export type NoResponderReason = 'no-cit-officer' | 'no-officer' | 'no-clinician-on-call';

export type ResponderChoice =
  | { ok: true; officer: OfficerCandidate; clinician: ClinicianCandidate | null }
  | { ok: false; reasons: NoResponderReason[] };

/**
 * Co-response (policy): a CIT-current officer and an on-call clinician, both needed. Officer-only
 * (co-response not indicated): the best-placed active officer, CIT or not. Candidates arrive best first.
 */
export function chooseResponders(officers: readonly OfficerCandidate[], clinicians: readonly ClinicianCandidate[], coResponse: boolean): ResponderChoice {
  if (!coResponse) {
    const officer = officers[0];
    return officer ? { ok: true, officer, clinician: null } : { ok: false, reasons: ['no-officer'] };
  }
  const officer = officers.find((o) => o.citCurrent);
  const clinician = clinicians[0];
  const reasons: NoResponderReason[] = [];
  if (!officer) reasons.push('no-cit-officer');
  if (!clinician) reasons.push('no-clinician-on-call');
  return officer && clinician ? { ok: true, officer, clinician } : { ok: false, reasons };
}
