import { allow, deny, type WellnessDecision } from './rules.js';

/**
 * W1, W10: a well-being record (a debrief, a peer-support request, an escalation log) is read by the
 * staff member it is about and by the supporter or clinician assigned to it; by nobody else, whatever
 * their rank. Everyone else, and a missing record, get the same "not found".
 */
export function mayReadWellbeingRecord(requester: { staffId: string }, record: { staffId: string; assignedTo: string | null } | null): WellnessDecision {
  if (record && record.staffId === requester.staffId) return allow(['W1'], 'the staff member reads their own record');
  if (record && record.assignedTo !== null && record.assignedTo === requester.staffId) return allow(['W1'], 'the assigned supporter reads the record');
  return deny(['W1', 'W10'], record ? 'well-being records are confidential to the staff member and their supporter' : 'no such record');
}

/**
 * W1, W3: the only event types that may leave the wellness service, with the exact payload fields
 * each may carry. Anything else a wellness topic would carry stays inside wellness.
 */
export const WELLNESS_OUTBOUND_EVENTS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'wellness.psych-declaration.recorded': ['declarationId', 'candidateId', 'result', 'declaredOn', 'evaluatorLicense'],
});

/** W1, W3: the payload fields of an outbound event that it may not carry (empty: it may leave). */
export function outboundProblems(type: string, payload: Readonly<Record<string, unknown>>): string[] {
  const allowed = WELLNESS_OUTBOUND_EVENTS[type];
  if (!allowed) return [`event type ${type} may not leave wellness`];
  return Object.keys(payload).filter((k) => !allowed.includes(k)).map((k) => `field ${k} may not leave wellness`);
}
