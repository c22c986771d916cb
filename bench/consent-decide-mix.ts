import {
  DEFAULT_POLICY,
  fieldsOf,
  type AccessRequest,
  type BreakGlassGrant,
  type Consent,
  type Decision,
  type DecisionFacts,
  type RecordType,
  type Requester,
  type TeamMembership,
} from '../libs/consent/src/index.js';

/**
 * The request mix of consent-decide.ts: one student's realistic facts (a consent history with old,
 * revoked and Part 2 consents, a break-the-glass grant, a threat-assessment team) and ten request
 * kinds weighted like a day of reads, plus the role-table baseline.
 */

const HOUR = 3_600_000;
const NOW = new Date('2026-03-10T15:00:00.000Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);
const STUDENT = 'S1000001';
const STUDENT_FACTS = { studentId: STUDENT, dateOfBirth: '2010-06-01', guardianIds: ['g-1'] };

const guardianConsent = (over: Partial<Consent>): Consent => ({
  id: 'consent-1',
  studentId: STUDENT,
  signer: { role: 'guardian', id: 'g-1', signedAt: at(-24 * HOUR) },
  classes: ['EDU-CLIN', 'EDU-SAFETY'],
  purposes: ['co-response'],
  recipients: [{ unit: 'police' }],
  effectiveFrom: at(-24 * HOUR),
  expiresAt: at(30 * 24 * HOUR),
  ...over,
});

/** A student's consent history as a service would load it: old, revoked, other purposes, one Part 2. */
const CONSENTS: Consent[] = [
  guardianConsent({ id: 'c-old', expiresAt: at(-HOUR) }),
  guardianConsent({ id: 'c-revoked', revokedAt: at(-2 * HOUR) }),
  guardianConsent({ id: 'c-care', purposes: ['treatment'], recipients: [{ unit: 'clinical' }] }),
  guardianConsent({ id: 'c-police' }),
  guardianConsent({
    id: 'c-part2',
    classes: ['SUD'],
    part2: {
      patientName: 'Sam Student',
      discloser: 'District Behavioral Health program',
      sudDescription: 'screening result and referral to treatment',
      recipientsNamed: ['District Police Department'],
      purposeMinimumNecessary: true,
      revocationStatement: true,
      expiry: { at: at(30 * 24 * HOUR) },
      signature: { name: 'Pat Guardian', signedAt: at(-24 * HOUR) },
    },
  }),
];
const GRANTS: BreakGlassGrant[] = [
  {
    id: 'btg-1',
    studentId: STUDENT,
    grantee: 'o-1',
    threat: 'student posted a specific threat to bring a weapon today',
    justification: 'responding officers need the safety plan',
    issuedAt: at(-HOUR),
    expiresAt: at(23 * HOUR),
    recipients: [{ unit: 'police' }],
  },
];
const TEAM: TeamMembership[] = [
  { caseId: 'case-1', studentId: STUDENT, memberId: 'o-1', discipline: 'police' },
  { caseId: 'case-1', studentId: STUDENT, memberId: 'c-1', discipline: 'clinician' },
  { caseId: 'case-1', studentId: STUDENT, memberId: 'a-1', discipline: 'administrator' },
];

const facts = (record: DecisionFacts['record']): DecisionFacts => ({
  record,
  student: STUDENT_FACTS,
  consents: CONSENTS,
  grants: GRANTS,
  teamMemberships: TEAM,
  policy: DEFAULT_POLICY,
});
const OF_STUDENT = facts({ studentId: STUDENT, authorId: 'c-1', caseId: 'case-1' });
const MISSING = facts(null);

const officer: Requester = { id: 'o-1', role: 'officer' };
const clinician: Requester = { id: 'c-1', role: 'clinician' };
const admin: Requester = { id: 'a-1', role: 'admin' };
const parent: Requester = { id: 'g-1', role: 'parent' };

export interface Scenario {
  name: string;
  weight: number;
  request: AccessRequest;
  facts: DecisionFacts;
}
const req = (requester: Requester, recordType: RecordType, purpose: AccessRequest['purpose'], fields?: string[]): AccessRequest => ({
  requester,
  studentId: STUDENT,
  recordType,
  purpose,
  ...(fields ? { fields } : {}),
});

export const MIX: Scenario[] = [
  { name: 'clinician reads a referral (in-unit)', weight: 30, request: req(clinician, 'referral', 'treatment'), facts: OF_STUDENT },
  { name: 'clinician reads own note', weight: 10, request: req(clinician, 'clinical-note', 'treatment'), facts: OF_STUDENT },
  { name: 'clinician reads incident facts for a referral (R2)', weight: 10, request: req(clinician, 'incident', 'referral'), facts: OF_STUDENT },
  { name: 'officer reads a referral under consent (R3a)', weight: 15, request: req(officer, 'referral', 'co-response'), facts: OF_STUDENT },
  { name: 'officer team member reads a threat assessment (R3c)', weight: 10, request: req(officer, 'threat-assessment', 'threat-assessment'), facts: OF_STUDENT },
  { name: 'officer in an emergency (R6)', weight: 5, request: req(officer, 'safety-plan', 'safety-emergency'), facts: OF_STUDENT },
  { name: 'officer asks for SUD under Part 2 (R5)', weight: 5, request: req(officer, 'referral', 'co-response', ['substanceUse']), facts: OF_STUDENT },
  { name: 'administrator without basis (denied)', weight: 5, request: req(admin, 'support-plan', 'referral'), facts: OF_STUDENT },
  { name: 'parent inspects a support plan', weight: 5, request: req(parent, 'support-plan', 'parent-inspection'), facts: OF_STUDENT },
  { name: 'officer asks for a missing record (R10)', weight: 5, request: req(officer, 'referral', 'co-response'), facts: MISSING },
];

/** The baseline: a role × record-type table lookup, the least an access check can be. */
const ROLE_TABLE: Record<string, Partial<Record<RecordType, string[]>>> = {
  clinician: { referral: fieldsOf('referral'), 'clinical-note': fieldsOf('clinical-note'), incident: ['type', 'occurredAt'] },
  officer: { incident: fieldsOf('incident'), 'threat-assessment': ['levelOfConcern'] },
  admin: {},
  parent: { 'support-plan': fieldsOf('support-plan') },
};
export function baseline(request: AccessRequest, f: DecisionFacts, _now: Date): Decision {
  const fields = f.record ? ROLE_TABLE[request.requester.role]?.[request.recordType] : undefined;
  return fields ? { allow: true, fields, ruleIds: ['R13'], reason: 'role table' } : { allow: false, fields: [], ruleIds: ['R10'], reason: 'role table' };
}

export type DecideFn = (request: AccessRequest, facts: DecisionFacts, now: Date) => Decision;

/** A deterministic shuffle of the mix, 4096 long, with instants spread over a minute. */
export interface Workload {
  requests: AccessRequest[];
  facts: DecisionFacts[];
  nows: Date[];
  /** Index into MIX of each request, for latency per kind. */
  kinds: number[];
}
export function workload(): Workload {
  const bag = MIX.flatMap((s, k) => Array.from({ length: s.weight }, () => k));
  let seed = 42;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const w: Workload = { requests: [], facts: [], nows: [], kinds: [] };
  for (let i = 0; i < 4096; i++) {
    const k = bag[Math.floor(next() * bag.length)];
    w.requests.push(MIX[k].request);
    w.facts.push(MIX[k].facts);
    w.nows.push(at(Math.floor(next() * 60_000)));
    w.kinds.push(k);
  }
  return w;
}
