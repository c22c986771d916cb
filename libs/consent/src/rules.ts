/**
 * The rule ids of libs/consent/RULES.md. Every decision cites them, and every rule has a test
 * whose name starts with its id. The titles are for people reading a decision's explanation.
 */
export const RULES = {
  R1: 'law-enforcement unit records are not education records; copies are reclassified; minimum fields cross',
  R2: 'clinicians are school officials for the facts a referral needs, limited to the purpose',
  R3: 'police read clinical data only by consent, break-the-glass or team membership; never PSY-NOTE',
  R4: 'a consent is signed, dated, names classes, purpose, recipients and expiry; parent until 18, then student',
  R5: 'substance-use records need a complete 42 CFR Part 2 consent and carry the redisclosure notice',
  R6: 'break-the-glass: articulable threat, written justification, time-boxed, one student, never PSY-NOTE or SUD',
  R7: 'every disclosure of education data outside the clinical team is logged',
  R8: 'recipients may not redisclose; disclosed data carries redisclosure=prohibited',
  R9: 'revocation propagates to projections and to reads',
  R10: '"no consent" and "no such record" look the same to the caller',
  R11: 'threat assessment teams are multidisciplinary and see safety data only',
  R12: 'the data team receives de-identified events only',
  R13: 'every decision explains itself and is deterministic',
} as const;

export type RuleId = keyof typeof RULES;

const ORDER = Object.keys(RULES) as RuleId[];
const BIT = Object.fromEntries(ORDER.map((id, i) => [id, 1 << i])) as Readonly<Record<RuleId, number>>;

/** Rule ids in document order, once each: decisions list them this way, so equal decisions compare equal. */
export function sortRuleIds(ids: Iterable<RuleId>): RuleId[] {
  // A bit per rule, not parsing "R12": sorting runs on every decision.
  let seen = 0;
  for (const id of ids) if (Object.hasOwn(BIT, id)) seen |= BIT[id];
  const out: RuleId[] = [];
  for (let i = 0; i < ORDER.length; i++) if (seen & (1 << i)) out.push(ORDER[i]);
  return out;
}
