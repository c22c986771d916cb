import type { WellnessPolicy } from './policy.js';
import { allow, deny, type WellnessDecision } from './rules.js';
import { daysBetween } from './calendar.js';

export const PSYCH_RESULTS = ['fit', 'not-fit'] as const;
export type PsychResult = (typeof PSYCH_RESULTS)[number];

/** W5: all command ever sees of a candidate's screening. */
export type PsychStatus = PsychResult | 'pending';

/**
 * W3: the only screening fields that ever leave wellness (the TCOLE L-3 declaration). The
 * evaluation (instruments, interview notes, findings) has no field here and so never crosses.
 */
export const DECLARATION_CROSSING_FIELDS = ['declarationId', 'candidateId', 'result', 'declaredOn', 'evaluatorLicense'] as const;

export type DeclarationCrossing = Record<(typeof DECLARATION_CROSSING_FIELDS)[number], string>;

/** W3: builds the crossing payload from any record by copying the allowed fields and nothing else. */
export function declarationCrossing(record: Readonly<Record<string, unknown>>): DeclarationCrossing {
  const out: Partial<DeclarationCrossing> = {};
  for (const field of DECLARATION_CROSSING_FIELDS) {
    const value = record[field];
    if (typeof value !== 'string' || value.length === 0) throw new Error(`declaration field ${field} is missing`);
    out[field] = value;
  }
  return out as DeclarationCrossing;
}

/** W2, W10: the evaluation is sealed to its author; `null` (no such evaluation) is denied the same way. */
export function mayReadEvaluation(requesterSub: string, evaluation: { authorSub: string } | null): WellnessDecision {
  if (evaluation && evaluation.authorSub === requesterSub) return allow(['W2'], 'the author reads their own evaluation');
  return deny(['W2', 'W10'], evaluation ? 'the evaluation is sealed to its author' : 'no such evaluation');
}

/**
 * W4, W5: the candidate's standing on `today` from the declarations staffing received. The latest
 * declaration counts (on the same date not-fit wins, whatever order the events arrived in); a fit one
 * older than the policy's maximum age is stale, so pending again.
 */
export function psychStatus(declarations: readonly { result: PsychResult; declaredOn: string }[], today: string, policy: WellnessPolicy): PsychStatus {
  const latest = [...declarations].filter((d) => d.declaredOn <= today).sort((a, b) => a.declaredOn.localeCompare(b.declaredOn) || a.result.localeCompare(b.result)).at(-1);
  if (!latest) return 'pending';
  if (latest.result === 'not-fit') return 'not-fit';
  return daysBetween(latest.declaredOn, today) <= policy.declarationMaxAgeDays ? 'fit' : 'pending';
}

/** W4: peace-officer positions (the police unit) need the L-3 declaration before commissioning; clinical ones do not. */
export function requiresPsychDeclaration(position: { unit: string }): boolean {
  return position.unit === 'police';
}

/** W4: may this offer be approved? Rejections never need a declaration (the usual dual decision). */
export function offerApproval(position: { unit: string }, status: PsychStatus): WellnessDecision {
  if (!requiresPsychDeclaration(position)) return allow(['W4'], 'clinical positions need no psychological declaration');
  if (status === 'fit') return allow(['W4'], 'a current fit declaration is on file');
  return deny(['W4'], status === 'not-fit' ? 'the latest declaration is not-fit' : 'no current fit declaration');
}
