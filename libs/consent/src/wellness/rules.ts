/**
 * The staff well-being confidentiality rules of ./RULES.md. Every wellness decision cites them, and
 * every rule has a test whose name starts with its id (`grep -rn "'W7" libs apps test`).
 */
export const WELLNESS_RULES = {
  W1: 'who used which well-being service is confidential: only the staff member and the assigned supporter or clinician know',
  W2: 'a psychological evaluation is sealed: only its author reads it',
  W3: 'only the L-3 declaration crosses to staffing: candidate, result, date, evaluator license',
  W4: 'an officer offer needs a current fit declaration; clinician positions do not',
  W5: 'command sees fit / not-fit / pending on a candidate, never a reason',
  W6: 'a critical incident offers a debrief to each staff member involved; the event carries staff ids only',
  W7: 'only the staff member sees and answers their offers; debriefs are due within a deadline; held, when and by whom, never content',
  W8: 'peer supporters hold a current peer-support certification and come from outside the requester\'s chain of command',
  W9: 'imminent danger: escalation to a licensed clinician with a written justification, logged where the staff member sees it',
  W10: 'a record the caller may not read looks exactly like a missing one',
  W11: 'command reports are counts per quarter; cells under the minimum show "<5"; no filter finer than a unit of at least 5',
  W12: 'decisions explain themselves and are deterministic: the time is passed in',
  W13: 'stress-management and resilience hours count toward a yearly goal, reported per unit as counts only',
} as const;

export type WellnessRuleId = keyof typeof WELLNESS_RULES;

/** R13's shape for well-being: allowed or not, under which rules, and why (for audit logs, never for a denied caller). */
export interface WellnessDecision {
  allow: boolean;
  ruleIds: WellnessRuleId[];
  reason: string;
}

export function allow(ruleIds: WellnessRuleId[], reason: string): WellnessDecision {
  return { allow: true, ruleIds, reason };
}

export function deny(ruleIds: WellnessRuleId[], reason: string): WellnessDecision {
  return { allow: false, ruleIds, reason };
}
