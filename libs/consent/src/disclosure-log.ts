import { EDUCATION_CLASSES, type RecordClass } from './classes.js';
import type { AccessRequest, Basis, Decision } from './decision.js';
import { recordTypeSpec, type RecordType } from './labels.js';
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
 */
export function disclosureEntry(decision: Decision, request: AccessRequest, now: Date, policy: ConsentPolicy = DEFAULT_POLICY): DisclosureEntry | null {
  if (!decision.allow || !decision.basis || !decision.bases || !decision.classes) return null;
  const unit = UNIT_OF_ROLE[request.requester.role];
  const bases = decision.bases;
  const exempt =
    unit === 'family' || !decision.classes.some((cls) => EDUCATION_CLASSES.has(cls) && OUTSIDE.has(bases[cls]!.kind));
  if (exempt && !policy.logExemptDisclosures) return null;
  const emergency = Object.values(bases).find((b) => b.kind === 'emergency');
  return {
    who: recordTypeSpec(request.recordType)!.owner,
    toWhom: { id: request.requester.id, role: request.requester.role, unit },
    when: now.toISOString(),
    studentId: request.studentId,
    recordType: request.recordType,
    purpose: request.purpose,
    classes: decision.classes,
    fields: decision.fields,
    basis: decision.basis,
    bases,
    ...(emergency ? { threat: emergency.threat, grantRecipients: emergency.grantRecipients } : {}),
    exempt,
    ruleIds: ['R7'],
  };
}
