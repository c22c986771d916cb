import { jest } from '@jest/globals';
import {
  callerView,
  classOf,
  decide,
  DEFAULT_POLICY,
  deniedLikeNotFound,
  NOT_FOUND,
  RECORD_TYPES,
  teamMayProvideCare,
  type AccessRequest,
  type Decision,
  type DecisionFacts,
} from './index.js';
import {
  admin,
  analyst,
  chief,
  clinician,
  consent,
  director,
  facts,
  JUST_ADULT,
  MINOR,
  NOW,
  officer,
  otherClinician,
  otherOfficer,
  parent,
  request,
  STUDENT,
  student,
  supervisor,
  team,
} from '../test/fixtures.js';

const MINIMUM_INCIDENT = ['id', 'campusId', 'studentIds', 'occurredAt', 'type', 'safetyFlag', 'mentalHealthCrisis', 'disposition'];

type Row = [string, AccessRequest, DecisionFacts, Partial<Decision> & { allow: boolean; has?: string[]; lacks?: string[] }];

/** Runs a table: allow, rule ids cited, fields present and absent, basis. */
function table(rows: Row[]) {
  it.each(rows)('%s', (_name, req, f, expected) => {
    const d = decide(req, f, NOW);
    expect(d.allow).toBe(expected.allow);
    for (const id of expected.ruleIds ?? []) expect(d.ruleIds).toContain(id);
    for (const field of expected.has ?? []) expect(d.fields).toContain(field);
    for (const field of expected.lacks ?? []) expect(d.fields).not.toContain(field);
    if (expected.fields) expect(d.fields).toEqual(expected.fields);
    if (expected.basis) expect(d.basis).toEqual(expected.basis);
    if ('redisclosure' in expected) expect(d.redisclosure).toBe(expected.redisclosure);
    if (!d.allow) expect(d.fields).toEqual([]);
    expect(d.reason).not.toBe('');
  });
}

describe('R1 law-enforcement records', () => {
  table([
    ['the police unit reads its own incident, narrative included', request(officer, { recordType: 'incident', purpose: 'investigation' }), facts(), { allow: true, ruleIds: ['R1'], has: ['narrative', 'reportedBy'], basis: { kind: 'owner' }, redisclosure: undefined }],
    ['the chief too', request(chief, { recordType: 'incident', purpose: 'investigation' }), facts(), { allow: true, ruleIds: ['R1'], has: ['narrative'] }],
    ['police read incidents only for police work', request(officer, { recordType: 'incident', purpose: 'treatment' }), facts(), { allow: false, ruleIds: ['R1', 'R10'] }],
    ['administrators do not read LE records', request(admin, { recordType: 'incident', purpose: 'threat-assessment' }), facts(), { allow: false, ruleIds: ['R1'] }],
    ['parents have no inspection right to LE records', request(parent, { recordType: 'incident', purpose: 'parent-inspection' }), facts(), { allow: false, ruleIds: ['R1'] }],
  ]);

  it('labels a copy by the record holding it: LE in the incident, EDU-CLIN once in a support plan or referral', () => {
    expect(classOf('incident', 'type')).toBe('LE');
    expect(classOf('incident', 'narrative')).toBe('LE');
    expect(classOf('support-plan', 'incidentSummary')).toBe('EDU-CLIN');
    expect(classOf('referral', 'incidentId')).toBe('EDU-CLIN');
    expect(classOf('incident', 'no-such-field')).toBeUndefined();
  });

  it('marks the minimum incident fields that may cross, and the narrative is not one of them', () => {
    const minimum = Object.entries(RECORD_TYPES.incident.fields).filter(([, l]) => (l.tags as readonly string[]).includes('minimum'));
    expect(minimum.map(([f]) => f)).toEqual(MINIMUM_INCIDENT);
  });
});

describe('R2 school officials', () => {
  const noSchoolOfficials = { ...DEFAULT_POLICY, cliniciansAreSchoolOfficials: false };
  table([
    ['a clinician making a referral sees the incident type, time and safety flag, not the narrative', request(clinician, { recordType: 'incident', purpose: 'referral' }), facts(), { allow: true, ruleIds: ['R1', 'R2', 'R8'], fields: MINIMUM_INCIDENT, lacks: ['narrative', 'location', 'reportedBy', 'status'], basis: { kind: 'school-official' }, redisclosure: 'prohibited' }],
    ['asking for the narrative alone gets nothing', request(clinician, { recordType: 'incident', purpose: 'referral', fields: ['narrative'] }), facts(), { allow: false, ruleIds: ['R2'] }],
    ['the purpose limits it: co-response is not a referral', request(clinician, { recordType: 'incident', purpose: 'co-response' }), facts(), { allow: false, ruleIds: ['R2'] }],
    ['without the annual-notice policy clinicians see no LE facts', request(clinician, { recordType: 'incident', purpose: 'referral' }), facts({ policy: noSchoolOfficials }), { allow: false, ruleIds: ['R2'] }],
    ['clinicians read the referrals they keep, in-unit', request(clinician, { purpose: 'treatment' }), facts(), { allow: true, ruleIds: ['R2'], has: ['reason', 'safetyFlag', 'substanceUse', 'createdBy'], lacks: ['clinicalNote'], basis: { kind: 'school-official' }, redisclosure: undefined }],
    ['the author reads a psychotherapy note', request(clinician, { recordType: 'clinical-note', purpose: 'treatment' }), facts({ record: { studentId: STUDENT, authorId: 'c-1' } }), { allow: true, has: ['body'], basis: { kind: 'owner' } }],
    ['a clinical supervisor reads it', request(supervisor, { recordType: 'clinical-note', purpose: 'treatment' }), facts({ record: { studentId: STUDENT, authorId: 'c-1' } }), { allow: true, has: ['body'] }],
    ['the bh-director supervises by role', request(director, { recordType: 'clinical-note', purpose: 'treatment' }), facts({ record: { studentId: STUDENT, authorId: 'c-1' } }), { allow: true, has: ['body'] }],
    ['another clinician does not', request(otherClinician, { recordType: 'clinical-note', purpose: 'treatment' }), facts({ record: { studentId: STUDENT, authorId: 'c-1' } }), { allow: false, ruleIds: ['R10'] }],
    ['nor the author outside treatment', request(clinician, { recordType: 'clinical-note', purpose: 'referral' }), facts({ record: { studentId: STUDENT, authorId: 'c-1' } }), { allow: false }],
  ]);
});

describe('R3 police reading clinical data', () => {
  const eduClin = ['id', 'source', 'incidentId', 'reason', 'status', 'createdBy', 'createdAt'];
  table([
    ['no consent, grant or team: nothing', request(officer), facts(), { allow: false, ruleIds: ['R3', 'R4', 'R6', 'R10'] }],
    ['(a) a consent naming the police unit, in force, for the purpose', request(officer), facts({ consents: [consent()] }), { allow: true, ruleIds: ['R3', 'R4', 'R8'], has: [...eduClin, 'safetyFlag', 'studentId'], lacks: ['clinicalNote', 'substanceUse'], basis: { kind: 'consent', id: 'consent-1' }, redisclosure: 'prohibited' }],
    ['(a) a consent naming the officer role names officers, not the chief', request(chief), facts({ consents: [consent({ recipients: [{ role: 'officer' }] })] }), { allow: false, ruleIds: ['R3'] }],
    ['(a) a consent naming one officer names only that officer', request(officer), facts({ consents: [consent({ recipients: [{ personId: 'o-2' }] })] }), { allow: false }],
    ['(a) ... who then sees it', request(otherOfficer), facts({ consents: [consent({ recipients: [{ personId: 'o-2' }] })] }), { allow: true }],
    ['(a) a consent for another purpose does not count', request(officer, { purpose: 'investigation' }), facts({ consents: [consent()] }), { allow: false, ruleIds: ['R3', 'R4'] }],
    ['(a) a consent for EDU-SAFETY opens only the safety fields', request(officer), facts({ consents: [consent({ classes: ['EDU-SAFETY'] })] }), { allow: true, fields: ['studentId', 'campusId', 'safetyFlag'] }],
    ['(a) a consent for another student does not count', request(officer), facts({ consents: [consent({ studentId: 'S9' })] }), { allow: false }],
    ['(b) an active break-the-glass grant', request(officer, { purpose: 'safety-emergency' }), facts({ grants: [{ id: 'btg-1', studentId: STUDENT, grantee: 'o-1', threat: 'specific threat to bring a weapon', justification: 'responding officers need context', issuedAt: new Date(NOW.getTime() - 3_600_000), expiresAt: new Date(NOW.getTime() + 3_600_000), recipients: [] }] }), { allow: true, ruleIds: ['R3', 'R6'], has: eduClin, lacks: ['clinicalNote', 'substanceUse'] }],
    ['(c) a team member sees the EDU-SAFETY fields of the case only', request(officer, { recordType: 'threat-assessment', purpose: 'threat-assessment' }), facts({ record: { studentId: STUDENT, caseId: 'case-1' }, teamMemberships: team() }), { allow: true, ruleIds: ['R3', 'R11'], fields: ['id', 'caseId', 'studentId', 'campusId', 'levelOfConcern', 'status', 'interventions', 'mentalHealthReferral', 'anonymousReport', 'assessedAt', 'origin', 'incidentId', 'tipId', 'openedAt', 'pathwayStage', 'team', 'missingDisciplines', 'closedAt', 'closureOutcome'], lacks: ['clinicalFindings', 'substanceUseFindings', 'reportedBy', 'concernRationale', 'screenings', 'closureSummary'], basis: { kind: 'team', id: 'case-1' } }],
    ['(c) ... and no EDU-CLIN field of a referral', request(officer, { purpose: 'threat-assessment', caseId: 'case-1' }), facts({ teamMemberships: team() }), { allow: true, fields: ['studentId', 'campusId', 'safetyFlag'] }],
    ['never PSY-NOTE, even under a consent listing it', request(officer), facts({ consents: [consent({ classes: ['EDU-CLIN', 'PSY-NOTE'] })] }), { allow: true, lacks: ['clinicalNote'], ruleIds: ['R3'] }],
    ['never a psychotherapy note record', request(officer, { recordType: 'clinical-note' }), facts({ consents: [consent({ classes: ['PSY-NOTE'] })], record: { studentId: STUDENT, authorId: 'c-1' } }), { allow: false, ruleIds: ['R3'] }],
    ['SUD only under R5: a FERPA consent listing SUD is not enough', request(officer), facts({ consents: [consent({ classes: ['EDU-CLIN', 'SUD'] })] }), { allow: true, lacks: ['substanceUse'], ruleIds: ['R5'] }],
  ]);
});

describe('R10 identical denials', () => {
  const noConsent = decide(request(officer), facts(), NOW);
  const missing = decide(request(officer), facts({ record: null }), NOW);

  it.each([
    ['no such record', facts({ record: null }), request(officer)],
    ["another student's record", facts({ record: { studentId: 'S9' } }), request(officer)],
    ['an unknown record type', facts(), request(officer, { recordType: 'no-such-type' as never })],
    ['no consent', facts(), request(officer)],
    ['an expired consent', facts({ consents: [consent({ expiresAt: NOW })] }), request(officer)],
    ['directory fields of a hidden record', facts(), request(officer, { fields: ['studentId', 'campusId'] })],
    ['a requester with no recipient role', facts(), request({ id: 'svc', role: 'system' as never })],
  ])('%s gives the caller exactly NOT_FOUND', (_name, f, req) => {
    const d = decide(req, f, NOW);
    expect(d.allow).toBe(false);
    expect(d.ruleIds).toContain('R10');
    expect(callerView(d)).toBe(NOT_FOUND);
    expect(JSON.stringify(callerView(d))).toBe(JSON.stringify(deniedLikeNotFound()));
  });

  it('shapes the two denials alike: no fields, no basis, no notices, no marker', () => {
    for (const d of [noConsent, missing]) expect(Object.keys(d).sort()).toEqual(['allow', 'fields', 'reason', 'ruleIds']);
    expect(callerView(noConsent)).toEqual(callerView(missing));
  });

  it('lets a caller with access see the fields, never the reason', () => {
    const view = callerView(decide(request(clinician, { purpose: 'treatment' }), facts(), NOW));
    expect(view).toMatchObject({ status: 200 });
    expect(JSON.stringify(view)).not.toContain('school');
  });
});

describe('R11 threat assessment teams', () => {
  const ta = (over: Partial<AccessRequest> = {}) => request(officer, { recordType: 'threat-assessment', purpose: 'threat-assessment', ...over });
  const onCase = { studentId: STUDENT, caseId: 'case-1' };
  table([
    ['a team without an administrator is not a team yet', ta(), facts({ record: onCase, teamMemberships: team().filter((m) => m.discipline !== 'administrator') }), { allow: false, ruleIds: ['R11'] }],
    ['membership in another case does not count', ta(), facts({ record: onCase, teamMemberships: team('case-2') }), { allow: false, ruleIds: ['R11'] }],
    ['the record names its case; the request cannot swap it', ta({ caseId: 'case-2' }), facts({ record: onCase, teamMemberships: team('case-2') }), { allow: false }],
    ['membership that ended does not count (half-open)', ta(), facts({ record: onCase, teamMemberships: team().map((m) => (m.memberId === 'o-1' ? { ...m, until: NOW } : m)) }), { allow: false }],
    ['membership that has not started does not count', ta(), facts({ record: onCase, teamMemberships: team().map((m) => (m.memberId === 'o-1' ? { ...m, from: new Date(NOW.getTime() + 1) } : m)) }), { allow: false }],
    ['a member listed under the wrong discipline does not count', ta(), facts({ record: onCase, teamMemberships: team().map((m) => (m.memberId === 'o-1' ? { ...m, discipline: 'clinician' as const } : m)) }), { allow: false }],
    ['team membership serves threat assessment only', ta({ purpose: 'co-response' }), facts({ record: onCase, teamMemberships: team() }), { allow: false }],
    ['an administrator member sees EDU-SAFETY only', request(admin, { recordType: 'threat-assessment', purpose: 'threat-assessment' }), facts({ record: onCase, teamMemberships: team() }), { allow: true, ruleIds: ['R11'], has: ['levelOfConcern'], lacks: ['clinicalFindings', 'substanceUseFindings', 'reportedBy'] }],
    ["clinicians, who keep the record, see the reporting employee's identity", request(clinician, { recordType: 'threat-assessment', purpose: 'threat-assessment' }), facts({ record: onCase }), { allow: true, has: ['reportedBy', 'clinicalFindings'] }],
    ['with reporter confidentiality off, the team sees the reporter', ta(), facts({ record: onCase, teamMemberships: team(), policy: { ...DEFAULT_POLICY, confidentialReporters: false } }), { allow: true, has: ['reportedBy'] }],
  ]);

  it('cites R11 when it withholds the reporting employee', () => {
    const d = decide(ta(), facts({ record: onCase, teamMemberships: team() }), NOW);
    expect(d.ruleIds).toContain('R11');
    expect(d.reason).toContain('reporting employee');
  });

  it('provides no mental-health care to a student under 18 without written parental consent', () => {
    expect(teamMayProvideCare(MINOR, [], NOW, DEFAULT_POLICY)).toMatchObject({ allow: false, ruleIds: ['R4', 'R11'] });
    const careConsent = consent({ id: 'care-1', purposes: ['treatment'], recipients: [{ unit: 'clinical' }] });
    expect(teamMayProvideCare(MINOR, [careConsent], NOW, DEFAULT_POLICY)).toMatchObject({ allow: true, consentId: 'care-1' });
    expect(teamMayProvideCare(MINOR, [{ ...careConsent, revokedAt: NOW }], NOW, DEFAULT_POLICY).allow).toBe(false);
    expect(teamMayProvideCare(MINOR, [{ ...careConsent, signer: { role: 'student', id: STUDENT, signedAt: NOW } }], NOW, DEFAULT_POLICY).allow).toBe(false);
    expect(teamMayProvideCare(JUST_ADULT, [], NOW, DEFAULT_POLICY).allow).toBe(true);
  });

  it('sends assessments with the student to a new district, and not psychotherapy notes or LE records', () => {
    expect(RECORD_TYPES['threat-assessment'].transfersWithStudent).toBe(true);
    expect(RECORD_TYPES['clinical-note'].transfersWithStudent).toBe(false);
    expect(RECORD_TYPES.incident.transfersWithStudent).toBe(false);
  });
});

describe('R13 every decision explains itself', () => {
  const cases: [AccessRequest, DecisionFacts][] = [
    [request(officer), facts({ consents: [consent()] })],
    [request(officer), facts()],
    [request(clinician, { recordType: 'incident', purpose: 'referral' }), facts()],
    [request(analyst, { purpose: 'analytics' }), facts()],
    [request(parent, { purpose: 'parent-inspection' }), facts()],
    [request(student, { purpose: 'self-inspection' }), facts()],
  ];

  it.each(cases)('returns allow, fields, rule ids and a reason (%#)', (req, f) => {
    const d = decide(req, f, NOW);
    expect(typeof d.allow).toBe('boolean');
    expect(Array.isArray(d.fields)).toBe(true);
    expect(d.ruleIds.length).toBeGreaterThan(0);
    expect(d.ruleIds).toEqual([...d.ruleIds].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
    expect(d.reason.length).toBeGreaterThan(10);
  });

  it('is deterministic and reads no clock: the same inputs give an equal decision at any wall time', () => {
    jest.useFakeTimers();
    try {
      const results = [new Date('2000-01-01T00:00:00Z'), new Date('2090-06-01T00:00:00Z')].map((wall) => {
        jest.setSystemTime(wall);
        return cases.map(([req, f]) => decide(req, f, NOW));
      });
      expect(results[0]).toEqual(results[1]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses to decide without a valid time', () => {
    expect(decide(request(clinician, { purpose: 'treatment' }), facts(), new Date(Number.NaN))).toMatchObject({ allow: false, ruleIds: ['R10', 'R13'] });
  });

  it('names the basis of each disclosed class and of the most sensitive one', () => {
    const d = decide(request(officer, { purpose: 'threat-assessment', recordType: 'threat-assessment' }), facts({ record: { studentId: STUDENT, caseId: 'case-1' }, teamMemberships: team(), consents: [consent({ purposes: ['threat-assessment'] })] }), NOW);
    expect(d.classes).toEqual(['DIRECTORY', 'EDU-SAFETY', 'EDU-CLIN']);
    expect(d.bases).toEqual({ DIRECTORY: { kind: 'school-official' }, 'EDU-SAFETY': { kind: 'team', id: 'case-1' }, 'EDU-CLIN': { kind: 'consent', id: 'consent-1' } });
    expect(d.basis).toEqual({ kind: 'consent', id: 'consent-1' });
    expect(d.reason).toContain('EDU-CLIN shown (consent consent-1)');
    expect(d.reason).toContain('SUD withheld');
  });

  it('never shows a field the registry does not label', () => {
    const d = decide(request(clinician, { purpose: 'treatment', fields: ['reason', 'internalScore'] }), facts(), NOW);
    expect(d.fields).toEqual(['reason']);
    expect(d.reason).toContain('internalScore');
  });

  it('keeps the order asked for, without duplicates', () => {
    expect(decide(request(clinician, { purpose: 'treatment', fields: ['status', 'reason', 'status'] }), facts(), NOW).fields).toEqual(['status', 'reason']);
  });
});
