import type { Purpose } from './purposes.js';

/**
 * The **(policy)** choices of libs/consent/RULES.md, and the few the rules leave open. Services load
 * them from configuration; DEFAULT_POLICY is what the district adopted.
 */
export interface ConsentPolicy {
  /** R2 (policy): the annual FERPA notice names clinicians school officials for referral facts. */
  readonly cliniciansAreSchoolOfficials: boolean;
  /** R2: the purposes for which clinicians read the minimum LE facts (incident type, time, safety flag). */
  readonly clinicianLePurposes: readonly Purpose[];
  /** R6 (policy): how long a break-the-glass grant lasts unless a shorter one is asked for. */
  readonly breakGlassDefaultMs: number;
  /** R6: no grant lasts longer; a longer one is refused, not shortened. */
  readonly breakGlassMaxMs: number;
  /** R6: "articulable" threat and "written" justification: at least this many non-blank characters each. */
  readonly breakGlassMinTextLength: number;
  /** R7 (policy): log exempt disclosures too, flagged `exempt` (auditors prefer it). */
  readonly logExemptDisclosures: boolean;
  /**
   * R4: a guardian's consent once the student turns 18. `lapses`: it stops at the 18th birthday,
   * because the rights (and the choice) are the student's from then on.
   */
  readonly guardianConsentAtMajority: 'lapses' | 'continues-until-revoked';
  /** R4: the district's calendar; ages and birthdays are local dates. */
  readonly timeZone: string;
  /** R11 ("may be kept confidential"): withhold reporting employees' identities outside the owning unit. */
  readonly confidentialReporters: boolean;
  /** R5: the 42 CFR 2.32 notice carried by every SUD disclosure (counsel may swap in statement 1). */
  readonly part2RedisclosureNotice: string;
}

const HOUR_MS = 3_600_000;

export const DEFAULT_POLICY: ConsentPolicy = Object.freeze({
  cliniciansAreSchoolOfficials: true,
  clinicianLePurposes: Object.freeze(['referral'] as Purpose[]),
  breakGlassDefaultMs: 24 * HOUR_MS,
  breakGlassMaxMs: 72 * HOUR_MS,
  breakGlassMinTextLength: 10,
  logExemptDisclosures: true,
  guardianConsentAtMajority: 'lapses',
  timeZone: 'America/Chicago',
  confidentialReporters: true,
  part2RedisclosureNotice: '42 CFR part 2 prohibits unauthorized use or disclosure of these records.',
});
