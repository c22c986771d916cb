import type { WellnessPolicy } from './policy.js';
import { allow, deny, type WellnessDecision } from './rules.js';

export interface EscalationRequest {
  /** Who escalates: the assigned peer supporter or clinician. */
  bySub: string;
  /** The session's staff member, who will see the log entry. */
  staffId: string;
  /** A licensed clinician (EAP or district) who takes over; never command. */
  clinicianLicense: string | null;
  justification: string;
}

/**
 * W9: the one exception to W1. Imminent danger to self or others lets the supporter bring in a
 * licensed clinician, with a written justification; the log entry is shown to the staff member.
 */
export function escalationDecision(req: EscalationRequest, policy: WellnessPolicy): WellnessDecision {
  if (!req.clinicianLicense) return deny(['W9'], 'an escalation goes to a licensed clinician only');
  if (req.justification.trim().length < policy.minJustificationLength) {
    return deny(['W9'], `the justification needs at least ${policy.minJustificationLength} characters`);
  }
  return allow(['W9', 'W1'], 'imminent danger: escalated to a licensed clinician, logged for the staff member');
}

/** W9: what the staff member sees about an escalation of their own session. */
export function escalationLogEntry(req: EscalationRequest, at: Date): { staffId: string; at: string; by: string; clinicianLicense: string; justification: string } {
  return { staffId: req.staffId, at: at.toISOString(), by: req.bySub, clinicianLicense: req.clinicianLicense ?? '', justification: req.justification.trim() };
}
