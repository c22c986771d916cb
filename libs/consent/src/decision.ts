import type { RecordClass } from './classes.js';
import type { MinorConsentBasis, Consent, StudentFacts } from './consent.js';
import type { BreakGlassGrant } from './emergency.js';
import type { RecordType } from './labels.js';
import type { ConsentPolicy } from './policy.js';
import type { Purpose } from './purposes.js';
import type { RecipientRef, Requester } from './recipients.js';
import type { RuleId } from './rules.js';
import type { TeamMembership } from './team.js';

/** A question: may this person see these fields of this student's record, for this purpose? */
export interface AccessRequest {
  requester: Requester;
  studentId: string;
  recordType: RecordType;
  purpose: Purpose;
  /** The fields wanted; omitted means every labelled field of the record type. */
  fields?: readonly string[];
  /** The threat-assessment case the requester acts for, when the record itself names none. */
  caseId?: string;
}

/** What the service knows about the record itself. `null`: there is no such record (R10). */
export interface RecordFacts {
  studentId: string;
  /** The clinician who wrote it (PSY-NOTE: author and clinical supervisors only). */
  authorId?: string;
  /** The threat-assessment case it belongs to (R3c, R11). */
  caseId?: string;
  /** Set when the minor consented to this treatment alone (R5, TFC 32.004). */
  minorTreatmentBasis?: MinorConsentBasis;
}

/** Everything decide() reads besides the request. Time is a separate argument. */
export interface DecisionFacts {
  record: RecordFacts | null;
  student: StudentFacts;
  consents: readonly Consent[];
  grants: readonly BreakGlassGrant[];
  teamMemberships: readonly TeamMembership[];
  policy: ConsentPolicy;
}

/**
 * Why a class was disclosed: its owner's own use, a school official's legitimate interest, the
 * parent or eligible student themselves, team membership, a consent, or an emergency.
 */
export type BasisKind = 'owner' | 'school-official' | 'self' | 'team' | 'consent' | 'emergency';

export interface Basis {
  kind: BasisKind;
  /** The consent id, grant id or case id. */
  id?: string;
  /** Emergencies are logged with the threat and the recipients (R6). */
  threat?: string;
  grantRecipients?: readonly RecipientRef[];
}

/** R13: every decision says what, why and under which rules. */
export interface Decision {
  allow: boolean;
  /** Exactly the fields that may be shown; redact() keeps these and nothing else. */
  fields: string[];
  ruleIds: RuleId[];
  /** For people: audit logs, support. Never sent to a caller who was denied (R10). */
  reason: string;
  /** The basis of the most sensitive disclosed class. */
  basis?: Basis;
  /** The basis of each disclosed class (what the disclosure log records, R7). */
  bases?: Partial<Record<RecordClass, Basis>>;
  /** The classes of the disclosed fields, least sensitive first. */
  classes?: RecordClass[];
  /** Set when data leaves the unit that holds it (R8). */
  redisclosure?: 'prohibited';
  /** Notices that must travel with the data (the 42 CFR 2.32 notice for SUD, R5). */
  notices?: string[];
}

/**
 * R10: the one answer every denied caller gets, whether the record is missing, belongs to another
 * student, or exists but is closed to them. Services map it to their usual not-found problem
 * (same status, code, body and headers) and keep Decision.reason for the audit log.
 */
export const NOT_FOUND = Object.freeze({ status: 404 as const, code: 'NOT_FOUND' as const, title: 'Not Found' as const });

export type CallerView =
  | { status: 200; fields: readonly string[]; redisclosure?: 'prohibited'; notices?: readonly string[] }
  | typeof NOT_FOUND;

export function deniedLikeNotFound(): typeof NOT_FOUND {
  return NOT_FOUND;
}

/** What a caller may learn from a decision: the visible fields, or NOT_FOUND, nothing in between. */
export function callerView(decision: Decision): CallerView {
  if (!decision.allow) return NOT_FOUND;
  return {
    status: 200,
    fields: decision.fields,
    ...(decision.redisclosure ? { redisclosure: decision.redisclosure } : {}),
    ...(decision.notices ? { notices: decision.notices } : {}),
  };
}
