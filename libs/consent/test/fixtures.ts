import type { AccessRequest, BreakGlassGrant, Consent, DecisionFacts, Part2Elements, Requester, TeamMembership } from '../src/index.js';
import { DEFAULT_POLICY } from '../src/index.js';

/** Shared facts for the consent specs: one student, the people around them, and a fixed "now". */

export const NOW = new Date('2026-03-10T15:00:00.000Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

export const STUDENT = 'S1000001';
/** 15 at NOW. */
export const MINOR = { studentId: STUDENT, dateOfBirth: '2010-06-01', guardianIds: ['g-1'] };
/** Turns 18 on 2026-03-10 in Texas: 18 at NOW (09:00 CST). */
export const JUST_ADULT = { studentId: STUDENT, dateOfBirth: '2008-03-10', guardianIds: ['g-1'] };

export const officer: Requester = { id: 'o-1', role: 'officer' };
export const otherOfficer: Requester = { id: 'o-2', role: 'officer' };
export const chief: Requester = { id: 'pc-1', role: 'police-chief' };
export const clinician: Requester = { id: 'c-1', role: 'clinician' };
export const otherClinician: Requester = { id: 'c-2', role: 'clinician' };
export const supervisor: Requester = { id: 'c-3', role: 'clinician', clinicalSupervisor: true };
export const director: Requester = { id: 'bh-1', role: 'bh-director' };
export const admin: Requester = { id: 'a-1', role: 'admin' };
export const analyst: Requester = { id: 'an-1', role: 'analyst' };
export const parent: Requester = { id: 'g-1', role: 'parent' };
export const student: Requester = { id: STUDENT, role: 'student' };

export const fullPart2 = (over: Partial<Part2Elements> = {}): Part2Elements => ({
  patientName: 'Sam Student',
  discloser: 'District Behavioral Health program',
  sudDescription: 'substance-use screening result and referral to treatment',
  recipientsNamed: ['District Police Department'],
  purposeMinimumNecessary: true,
  revocationStatement: true,
  expiry: { at: at(30 * DAY) },
  signature: { name: 'Pat Guardian', signedAt: at(-DAY) },
  ...over,
});

/** A guardian's consent releasing EDU-CLIN and EDU-SAFETY to the police unit for co-response. */
export const consent = (over: Partial<Consent> = {}): Consent => ({
  id: 'consent-1',
  studentId: STUDENT,
  signer: { role: 'guardian', id: 'g-1', signedAt: at(-DAY) },
  classes: ['EDU-CLIN', 'EDU-SAFETY'],
  purposes: ['co-response'],
  recipients: [{ unit: 'police' }],
  effectiveFrom: at(-DAY),
  expiresAt: at(30 * DAY),
  ...over,
});

export const grant = (over: Partial<BreakGlassGrant> = {}): BreakGlassGrant => ({
  id: 'btg-1',
  studentId: STUDENT,
  grantee: 'o-1',
  threat: 'student posted a specific threat to bring a weapon to campus today',
  justification: 'officers need the safety plan and clinical context to respond safely',
  issuedAt: at(-HOUR),
  expiresAt: at(23 * HOUR),
  recipients: [{ unit: 'police' }],
  ...over,
});

export const team = (caseId = 'case-1'): TeamMembership[] => [
  { caseId, studentId: STUDENT, memberId: 'o-1', discipline: 'police' },
  { caseId, studentId: STUDENT, memberId: 'c-1', discipline: 'clinician' },
  { caseId, studentId: STUDENT, memberId: 'a-1', discipline: 'administrator' },
];

export const facts = (over: Partial<DecisionFacts> = {}): DecisionFacts => ({
  record: { studentId: STUDENT },
  student: MINOR,
  consents: [],
  grants: [],
  teamMemberships: [],
  policy: DEFAULT_POLICY,
  ...over,
});

export const request = (requester: Requester, over: Partial<AccessRequest> = {}): AccessRequest => ({
  requester,
  studentId: STUDENT,
  recordType: 'referral',
  purpose: 'co-response',
  ...over,
});

/** A referral with every labelled field filled in, plus one field the registry does not know. */
export const REFERRAL = {
  id: 'r-1',
  studentId: STUDENT,
  campusId: 'campus-hs-01',
  source: 'staff',
  incidentId: 'i-1',
  reason: 'withdrawn, missing classes',
  status: 'received',
  safetyFlag: true,
  clinicalNote: 'session impressions',
  substanceUse: 'positive screen',
  createdBy: 'c-1',
  createdAt: new Date('2026-03-01T10:00:00.000Z'),
  internalScore: 7,
};
