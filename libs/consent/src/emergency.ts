import type { RecordClass } from './classes.js';
import type { ConsentPolicy } from './policy.js';
import { names, type Party, type RecipientRef } from './recipients.js';
import { isValidInstant, reached, within } from './time.js';

/**
 * Break-the-glass (R6, FERPA 34 CFR 99.36): a health or safety emergency opens a student's safety
 * and clinical education records to appropriate parties, for a short time, with the reasons written.
 */
export interface BreakGlassGrant {
  id: string;
  /** Scoped to one student. */
  studentId: string;
  /** The person who broke the glass (also a recipient). */
  grantee: string;
  /** The articulable and significant threat. */
  threat: string;
  /** Why these parties need these records now. */
  justification: string;
  issuedAt: Date;
  expiresAt: Date;
  /** The appropriate parties besides the grantee. */
  recipients: readonly RecipientRef[];
  /** Closed early (the emergency is over). */
  revokedAt?: Date | null;
}

/** What an emergency can open: never PSY-NOTE, never SUD (R6); LE is not an education record at all. */
export const BREAK_GLASS_CLASSES: ReadonlySet<RecordClass> = new Set(['EDU-SAFETY', 'EDU-CLIN']);

export interface BreakGlassRequest {
  id: string;
  studentId: string;
  grantee: string;
  threat: string;
  justification: string;
  recipients: readonly RecipientRef[];
  issuedAt: Date;
  /** Shorter than the policy default if the emergency is known to be brief. */
  durationMs?: number;
}

export type BreakGlassIssue = { ok: true; grant: BreakGlassGrant } | { ok: false; problems: string[]; ruleIds: ['R6'] };

const textProblem = (what: string, text: unknown, min: number) =>
  typeof text !== 'string' || text.trim().length < min ? [`${what} must be written (at least ${min} characters)`] : [];

/** R6: checks a break-the-glass request and issues the grant, time-boxed by policy. */
export function issueBreakGlass(req: BreakGlassRequest, policy: ConsentPolicy): BreakGlassIssue {
  const durationMs = req.durationMs ?? policy.breakGlassDefaultMs;
  const problems = [
    ...textProblem('the threat', req.threat, policy.breakGlassMinTextLength),
    ...textProblem('the justification', req.justification, policy.breakGlassMinTextLength),
    ...(req.studentId ? [] : ['a grant is scoped to one student']),
    ...(req.grantee ? [] : ['a grant names who broke the glass']),
    ...(isValidInstant(req.issuedAt) ? [] : ['a grant has an issue time']),
    ...(Number.isFinite(durationMs) && durationMs > 0 && durationMs <= policy.breakGlassMaxMs
      ? []
      : [`a grant lasts more than 0 and at most ${policy.breakGlassMaxMs / 3_600_000} h`]),
  ];
  if (problems.length) return { ok: false, problems, ruleIds: ['R6'] };
  const { durationMs: _ignored, ...rest } = req;
  return { ok: true, grant: { ...rest, expiresAt: new Date(req.issuedAt.getTime() + durationMs) } };
}

/** Why a stored grant does not open records for `party` now (empty: it does). Re-checks R6 in full. */
export function grantProblems(grant: BreakGlassGrant, studentId: string, party: Party, now: Date, policy: ConsentPolicy): string[] {
  if (grant.studentId !== studentId) return ['for another student'];
  if (grant.grantee !== party.id && !names(grant.recipients ?? [], party)) return ['does not name this recipient'];
  // textProblem returns a new array each time: extended in place rather than spread into a third.
  const p = textProblem('the threat', grant.threat, policy.breakGlassMinTextLength);
  p.push(...textProblem('the justification', grant.justification, policy.breakGlassMinTextLength));
  if (!isValidInstant(grant.issuedAt) || !isValidInstant(grant.expiresAt)) return [...p, 'has no valid period'];
  if (grant.expiresAt.getTime() - grant.issuedAt.getTime() > policy.breakGlassMaxMs) p.push('lasts longer than policy allows');
  if (reached(now, grant.revokedAt)) p.push(`closed at ${grant.revokedAt!.toISOString()}`);
  else if (!within(now, grant.issuedAt, grant.expiresAt))
    p.push(reached(now, grant.expiresAt) ? `expired at ${grant.expiresAt.toISOString()}` : 'not yet issued');
  return p;
}
