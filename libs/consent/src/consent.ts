import type { RecordClass } from './classes.js';
import type { ConsentPolicy } from './policy.js';
import type { Purpose } from './purposes.js';
import { names, type Party, type RecipientRef } from './recipients.js';
import { isAdultAt, isValidInstant, reached, within } from './time.js';

/**
 * Consents (R4, FERPA 34 CFR 99.30) and the extra elements of a 42 CFR Part 2 consent (R5).
 * A consent is data the clinical service stores; these functions only read it.
 */

/** `minor-self`: a minor who may consent to the treatment under state law signs for its records (R5). */
export type SignerRole = 'guardian' | 'student' | 'minor-self';

/** Texas Family Code 32.004: counselling a minor may consent to alone. */
export type MinorConsentBasis = 'chemical-addiction' | 'suicide-prevention' | 'abuse';

export interface Signer {
  role: SignerRole;
  id: string;
  /** Signed and dated (electronic is fine). */
  signedAt: Date;
}

/** The elements 42 CFR 2.31 requires on top of R4; a missing one makes the consent useless for SUD. */
export interface Part2Elements {
  patientName?: string;
  /** The program or person permitted to disclose. */
  discloser?: string;
  /** How much and what kind of SUD information, described explicitly. */
  sudDescription?: string;
  /** Recipients by name, as written on the form (the structured `recipients` is what decide() matches). */
  recipientsNamed?: readonly string[];
  /** The stated purpose is limited to the minimum necessary. */
  purposeMinimumNecessary?: boolean;
  /** The form states the right to revoke and how. */
  revocationStatement?: boolean;
  /** An expiry date or an event; an event is enforced by the service revoking the consent when it happens. */
  expiry?: { at?: Date; event?: string };
  signature?: { name: string; signedAt: Date };
}

export const PART2_ELEMENTS = [
  'patientName',
  'discloser',
  'sudDescription',
  'recipientsNamed',
  'purposeMinimumNecessary',
  'revocationStatement',
  'expiry',
  'signature',
] as const satisfies readonly (keyof Part2Elements)[];

export type Part2Element = (typeof PART2_ELEMENTS)[number];

export interface Consent {
  id: string;
  studentId: string;
  signer: Signer;
  /** The records it covers, by class. */
  classes: readonly RecordClass[];
  purposes: readonly Purpose[];
  recipients: readonly RecipientRef[];
  effectiveFrom: Date;
  /** Required (R4); null or missing makes the consent invalid. */
  expiresAt?: Date | null;
  /** Effective from this instant forward (R4, R9). */
  revokedAt?: Date | null;
  /** Required to disclose SUD (R5). */
  part2?: Part2Elements;
  /** Required when the signer is `minor-self`. */
  minorConsentBasis?: MinorConsentBasis;
}

/** What decide() needs to know about the student. */
export interface StudentFacts {
  studentId: string;
  /** YYYY-MM-DD; the 18-year rule (R4) depends on it. Unknown: no signer can be checked. */
  dateOfBirth: string;
  /** Parents and guardians of record (signers until 18, inspectors of records until 18). */
  guardianIds: readonly string[];
}

export type ConsentStatus = 'pending' | 'in-force' | 'expired' | 'revoked';

/** Half-open: in force on [effectiveFrom, min(expiresAt, revokedAt)). */
export function consentStatus(consent: Consent, now: Date): ConsentStatus {
  if (reached(now, consent.revokedAt)) return 'revoked';
  if (consent.expiresAt && reached(now, consent.expiresAt)) return 'expired';
  return within(now, consent.effectiveFrom) ? 'in-force' : 'pending';
}

const blank = (s: unknown) => typeof s !== 'string' || s.trim() === '';

/** R4: what the form must say, whatever it is used for. */
export function formProblems(consent: Consent): string[] {
  const p: string[] = [];
  if (!consent.signer || blank(consent.signer.id) || !isValidInstant(consent.signer.signedAt)) p.push('not signed and dated');
  if (!consent.classes?.length) p.push('names no records');
  if (!consent.purposes?.length) p.push('names no purpose');
  if (!consent.recipients?.length) p.push('names no recipient');
  if (!isValidInstant(consent.expiresAt)) p.push('has no expiry');
  if (!isValidInstant(consent.effectiveFrom)) p.push('has no start');
  return p;
}

/** R4, R9: signed no later than now, started, not expired, not revoked (all half-open). */
export function timeProblems(consent: Consent, now: Date): string[] {
  const p: string[] = [];
  if (consent.signer && isValidInstant(consent.signer.signedAt) && consent.signer.signedAt.getTime() > now.getTime()) p.push('signed in the future');
  const status = consentStatus(consent, now);
  if (status === 'revoked') p.push(`revoked at ${consent.revokedAt!.toISOString()}`);
  else if (status === 'expired') p.push(`expired at ${consent.expiresAt!.toISOString()}`);
  else if (status === 'pending') p.push(`not in force before ${consent.effectiveFrom.toISOString()}`);
  return p;
}

/**
 * R4, R5: who may sign. The parent or guardian until the student is 18, the student from then on.
 * A minor signs alone only for SUD records of treatment state law let the minor consent to
 * (42 CFR 2.14, TFC 32.004); then a guardian's signature is not enough.
 */
export function signerProblems(
  consent: Consent,
  cls: RecordClass,
  student: StudentFacts,
  minorTreatmentBasis: MinorConsentBasis | undefined,
  now: Date,
  policy: ConsentPolicy,
): string[] {
  const { signer } = consent;
  const adultAtSigning = isAdultAt(student.dateOfBirth, signer.signedAt, policy.timeZone);
  const adultNow = isAdultAt(student.dateOfBirth, now, policy.timeZone);
  if (adultAtSigning === undefined || adultNow === undefined) return ["the student's date of birth is unknown, so the signer cannot be checked"];
  switch (signer.role) {
    case 'guardian':
      if (!student.guardianIds.includes(signer.id)) return ['signed by someone who is not a guardian of record'];
      if (adultAtSigning) return ['signed by a guardian after the student turned 18'];
      if (adultNow && policy.guardianConsentAtMajority === 'lapses') return ["a guardian's consent lapsed at the student's 18th birthday"];
      if (cls === 'SUD' && minorTreatmentBasis) return ['the minor consented to this treatment alone (TFC 32.004), so only the minor may consent to disclosure'];
      return [];
    case 'student':
      if (signer.id !== student.studentId) return ['signed by someone other than the student'];
      if (!adultAtSigning) return ['signed by the student before 18, when the parent signs'];
      return [];
    case 'minor-self':
      if (signer.id !== student.studentId) return ['signed by someone other than the student'];
      if (adultAtSigning) return ['a minor-self signature from a student already 18 (sign as student)'];
      if (!consent.minorConsentBasis) return ['a minor signed without a TFC 32.004 basis'];
      if (cls !== 'SUD') return ['a minor signs alone only for SUD records; the parent signs for education records until 18'];
      return [];
    default:
      return ['signed by an unknown kind of signer'];
  }
}

/** R5: the Part 2 elements missing from a consent, in the order of the rule. */
export function missingPart2Elements(consent: Consent): Part2Element[] {
  const e = consent.part2;
  if (!e) return [...PART2_ELEMENTS];
  const missing: Part2Element[] = [];
  if (blank(e.patientName)) missing.push('patientName');
  if (blank(e.discloser)) missing.push('discloser');
  if (blank(e.sudDescription)) missing.push('sudDescription');
  if (!e.recipientsNamed?.some((n) => !blank(n))) missing.push('recipientsNamed');
  if (e.purposeMinimumNecessary !== true) missing.push('purposeMinimumNecessary');
  if (e.revocationStatement !== true) missing.push('revocationStatement');
  if (!e.expiry || (!isValidInstant(e.expiry.at) && blank(e.expiry.event))) missing.push('expiry');
  if (!e.signature || blank(e.signature.name) || !isValidInstant(e.signature.signedAt)) missing.push('signature');
  return missing;
}

/** Whether a consent speaks to this student, class, purpose and recipient at all. */
export function covers(consent: Consent, studentId: string, cls: RecordClass, purpose: Purpose, party: Party): boolean {
  return (
    consent.studentId === studentId &&
    !!consent.classes?.includes(cls) &&
    !!consent.purposes?.includes(purpose) &&
    !!consent.recipients &&
    names(consent.recipients, party)
  );
}

export interface ConsentCheck {
  cls: RecordClass;
  purpose: Purpose;
  party: Party;
  student: StudentFacts;
  minorTreatmentBasis?: MinorConsentBasis;
  now: Date;
  policy: ConsentPolicy;
}

/**
 * Everything that keeps this consent from releasing `cls` to `party` now; empty means it does.
 * SUD adds the Part 2 elements and the Part 2 expiry (R5).
 */
export function consentProblems(consent: Consent, c: ConsentCheck): string[] {
  const p = formProblems(consent);
  if (p.length) return p;
  p.push(...timeProblems(consent, c.now));
  p.push(...signerProblems(consent, c.cls, c.student, c.minorTreatmentBasis, c.now, c.policy));
  if (c.cls === 'SUD') {
    const missing = missingPart2Elements(consent);
    if (missing.length) p.push(`lacks Part 2 elements: ${missing.join(', ')}`);
    else if (reached(c.now, consent.part2!.expiry!.at)) p.push(`Part 2 expiry reached at ${consent.part2!.expiry!.at!.toISOString()}`);
  }
  return p;
}
