import { EDUCATION_CLASSES, SENSITIVITY, type RecordClass } from './classes.js';
import type { AccessRequest, Basis, Decision } from './decision.js';
import { classOf, recordTypeSpec, type RecordType } from './labels.js';
import { DEFAULT_POLICY, type ConsentPolicy } from './policy.js';
import type { Purpose } from './purposes.js';
import { UNIT_OF_ROLE, type RecipientRef, type RecipientRole, type Unit } from './recipients.js';
import type { RuleId } from './rules.js';

/**
 * R7 (FERPA 34 CFR 99.32): the record of disclosures. Kept for the record's life and queryable by
 * student, so a parent can inspect it. Services store the entries; this only builds them.
 */
export interface DisclosureEntry {
  /** The unit that keeps the record and disclosed it. */
  who: Unit;
  toWhom: { id: string; role: RecipientRole; unit: Unit };
  /** ISO 8601. */
  when: string;
  studentId: string;
  recordType: RecordType;
  purpose: Purpose;
  classes: RecordClass[];
  fields: string[];
  /** The basis of the most sensitive class; `bases` has each class's. */
  basis: Basis;
  bases: Partial<Record<RecordClass, Basis>>;
  /** R6: emergencies are logged with the threat and the recipients. */
  threat?: string;
  grantRecipients?: readonly RecipientRef[];
  /** Not required by 99.32 (to the family, within the unit, directory); logged anyway by policy. */
  exempt: boolean;
  ruleIds: RuleId[];
}

/** Bases that take education data outside the clinical team. */
const OUTSIDE = new Set<Basis['kind']>(['consent', 'emergency', 'team']);

/**
 * The entry for an allowed decision; null when nothing was disclosed, or when the disclosure is
 * exempt and the policy does not log exempt ones.
 *
 * R3, R7, R10 (issue 14): PSY-NOTE is left out of every entry. Only a note's author and clinical
 * supervisors ever read one, inside the clinical unit (supervision is not a disclosure to a third
 * party), and the record of disclosures is read by others (colleagues, administrators, the parent
 * portal): naming the note, its field, its class or its reader there would tell them it exists.
 */
export function disclosureEntry(decision: Decision, request: AccessRequest, now: Date, policy: ConsentPolicy = DEFAULT_POLICY): DisclosureEntry | null {
  if (!decision.allow || !decision.basis || !decision.bases || !decision.classes) return null;
  const classes = decision.classes.filter((cls) => cls !== 'PSY-NOTE');
  if (!classes.length || request.recordType === 'clinical-note') return null;
  const unit = UNIT_OF_ROLE[request.requester.role];
  const bases = Object.fromEntries(classes.map((cls) => [cls, decision.bases![cls]!])) as Partial<Record<RecordClass, Basis>>;
  const mostSensitive = classes.reduce((a, b) => (SENSITIVITY[b] > SENSITIVITY[a] ? b : a));
  const exempt =
    unit === 'family' || !classes.some((cls) => EDUCATION_CLASSES.has(cls) && OUTSIDE.has(bases[cls]!.kind));
  if (exempt && !policy.logExemptDisclosures) return null;
  const emergency = Object.values(bases).find((b) => b.kind === 'emergency');
  return {
    who: recordTypeSpec(request.recordType)!.owner,
    toWhom: { id: request.requester.id, role: request.requester.role, unit },
    when: now.toISOString(),
    studentId: request.studentId,
    recordType: request.recordType,
    purpose: request.purpose,
    classes,
    fields: decision.fields.filter((f) => classOf(request.recordType, f) !== 'PSY-NOTE'),
    basis: bases[mostSensitive]!,
    bases,
    ...(emergency ? { threat: emergency.threat, grantRecipients: emergency.grantRecipients } : {}),
    exempt,
    ruleIds: ['R7'],
  };
}
