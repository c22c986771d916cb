import type { Consent, StudentFacts } from './consent.js';
import { signerProblems, timeProblems, formProblems } from './consent.js';
import type { ConsentPolicy } from './policy.js';
import type { Party, Unit } from './recipients.js';
import type { RuleId } from './rules.js';
import { isAdultAt, within } from './time.js';

/**
 * Threat assessment teams (R11, TEC 37.115). Membership is per case; it opens the student's
 * EDU-SAFETY fields to the team's police and administrator members, and nothing else (R3c).
 */
export type Discipline = 'police' | 'clinician' | 'administrator';

export interface TeamMembership {
  caseId: string;
  studentId: string;
  memberId: string;
  discipline: Discipline;
  from?: Date;
  until?: Date | null;
}

const UNIT_OF_DISCIPLINE: Readonly<Record<Discipline, Unit>> = { police: 'police', clinician: 'clinical', administrator: 'administration' };

/** A team is multidisciplinary: police + clinician + administrator (R11). */
export const REQUIRED_DISCIPLINES: readonly Discipline[] = ['police', 'clinician', 'administrator'];

const EPOCH = new Date(0);
const active = (m: TeamMembership, now: Date) => within(now, m.from ?? EPOCH, m.until);

/** Why `party` cannot act as a team member for this case now (empty: it can). */
export function teamProblems(
  memberships: readonly TeamMembership[],
  caseId: string | undefined,
  studentId: string,
  party: Party,
  now: Date,
): string[] {
  if (!caseId) return ['no threat-assessment case named'];
  const team = memberships.filter((m) => m.caseId === caseId && m.studentId === studentId && active(m, now));
  const me = team.find((m) => m.memberId === party.id);
  if (!me) return [`not on the team for case ${caseId}`];
  if (UNIT_OF_DISCIPLINE[me.discipline] !== party.unit) return [`on the team as ${me.discipline}, which is not this role's unit`];
  const missing = REQUIRED_DISCIPLINES.filter((d) => !team.some((m) => m.discipline === d));
  if (missing.length) return [`case ${caseId} has no ${missing.join(' or ')} member, so it is not a team yet`];
  return [];
}

/**
 * R11: the team provides no mental-health care to a student under 18 without written parental
 * consent. Care needs a guardian's consent in force for treatment of EDU-CLIN records.
 */
export function teamMayProvideCare(
  student: StudentFacts,
  consents: readonly Consent[],
  now: Date,
  policy: ConsentPolicy,
): { allow: boolean; ruleIds: RuleId[]; reason: string; consentId?: string } {
  const adult = isAdultAt(student.dateOfBirth, now, policy.timeZone);
  if (adult === undefined) return { allow: false, ruleIds: ['R4', 'R11'], reason: "the student's age is unknown; care needs a parent's written consent" };
  if (adult) return { allow: true, ruleIds: ['R11'], reason: 'the student is 18: the parental-consent requirement does not apply' };
  const ok = consents.find(
    (c) =>
      c.studentId === student.studentId &&
      c.signer?.role === 'guardian' &&
      c.purposes?.includes('treatment') &&
      !formProblems(c).length &&
      !timeProblems(c, now).length &&
      !signerProblems(c, 'EDU-CLIN', student, undefined, now, policy).length,
  );
  return ok
    ? { allow: true, ruleIds: ['R4', 'R11'], reason: `written parental consent ${ok.id} covers treatment`, consentId: ok.id }
    : { allow: false, ruleIds: ['R4', 'R11'], reason: 'no written parental consent for treatment is in force for this student under 18' };
}
