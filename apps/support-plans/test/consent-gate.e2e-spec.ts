import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import { startTestService, type TestService } from '#testing';
import { ConsentGate } from '../src/consent-gate/data/consent-gate.js';
import { requesterOf } from '../src/consent-gate/api/requester.js';
import { supportPlansDefinition } from '../src/support-plans.definition.js';

const NOW = new Date('2026-03-10T15:00:00.000Z');
const STUDENT = 'S1000001';
const referral = {
  id: '11111111-1111-4111-8111-111111111111',
  studentId: STUDENT,
  campusId: 'campus-ms-02',
  source: 'staff',
  reason: 'Counselor reports withdrawal.',
  status: 'received',
  safetyFlag: true,
  clinicalNote: 'Session impressions (psychotherapy note).',
  substanceUse: 'Screening result.',
  createdBy: 'clinician-1',
};
const notFound = { code: 'REFERRAL.NOT_FOUND', detail: `No referral ${referral.id}` };

describe('support-plans: the consent gate (real PostgreSQL)', () => {
  let svc: TestService;
  let ds: DataSource;
  let gate: ConsentGate;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    ds = svc.db;
    gate = svc.app.get(ConsentGate);
    await ds.query(`INSERT INTO student (student_id, date_of_birth, guardian_ids, updated_at, updated_by) VALUES ($1, '2010-06-01', '{g-1}', now(), 'sis')`, [STUDENT]);
    await ds.query(
      `INSERT INTO consent (id, student_id, signer_role, signer_id, signed_at, classes, purposes, recipients, effective_from, expires_at, recorded_by, recorded_at)
       VALUES ('22222222-2222-4222-8222-222222222222', $1, 'guardian', 'g-1', '2026-03-09T15:00:00Z', '{EDU-CLIN,EDU-SAFETY}', '{co-response}',
               '[{"unit":"police"}]', '2026-03-09T15:00:00Z', '2026-03-10T16:00:00Z', 'clinician-1', now())`,
      [STUDENT],
    );
  });
  afterAll(() => svc?.close());

  const read = (roles: ('officer' | 'clinician' | 'analyst' | 'system')[], now: Date, record: typeof referral | null = referral) =>
    ds.transaction((em) =>
      gate.read(em, { recordType: 'referral', record, recordFacts: { studentId: STUDENT, authorId: 'clinician-1' }, recordId: referral.id, requester: { sub: `${roles[0]}-7`, roles, districtId: 'dev' }, purpose: 'co-response', notFound }, now),
    );

  it('R3 R8 R7: police under a consent get EDU-CLIN and EDU-SAFETY, never PSY-NOTE or SUD, marked redisclosure=prohibited and logged', async () => {
    const before = Number((await ds.query(`SELECT count(*) FROM disclosure`))[0].count);
    const result = await read(['officer'], NOW);
    expect(result.data).toMatchObject({ id: referral.id, reason: referral.reason, safetyFlag: true });
    expect(result.data).not.toHaveProperty('clinicalNote');
    expect(result.data).not.toHaveProperty('substanceUse');
    expect(result.redisclosure).toBe('prohibited');
    const rows = await ds.query(`SELECT entry FROM disclosure ORDER BY pos DESC LIMIT 1`);
    expect(Number((await ds.query(`SELECT count(*) FROM disclosure`))[0].count)).toBe(before + 1);
    expect(rows[0].entry).toMatchObject({ toWhom: { id: 'officer-7', role: 'officer', unit: 'police' }, recordId: referral.id, exempt: false, channel: 'api', basis: { kind: 'consent', id: '22222222-2222-4222-8222-222222222222' } });
  });

  it('R4 R9 R10: at the consent expiry instant the read is denied exactly like a missing record', async () => {
    const expiry = new Date('2026-03-10T16:00:00.000Z');
    await expect(read(['officer'], new Date(expiry.getTime() - 1))).resolves.toBeDefined();
    const denied = await read(['officer'], expiry).catch((e: unknown) => e);
    const missing = await read(['officer'], NOW, null).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(Problem);
    expect(denied).toEqual(missing);
    expect({ ...(denied as Problem) }).toEqual({ ...(missing as Problem) });
  });

  it('R10 R12: an analyst and a district system are denied like a missing record', async () => {
    const missing = await read(['officer'], NOW, null).catch((e: unknown) => e);
    for (const roles of [['analyst'], ['system']] as const) {
      expect(await read([...roles], NOW).catch((e: unknown) => e)).toEqual(missing);
    }
  });

  it('R2 R3: a clinician (school official) sees EDU-CLIN, and the PSY-NOTE only as its author', async () => {
    const asOther = await ds.transaction((em) =>
      gate.read(em, { recordType: 'referral', record: referral, recordFacts: { studentId: STUDENT, authorId: 'clinician-1' }, requester: { sub: 'clinician-2', roles: ['clinician'], districtId: 'dev' }, purpose: 'treatment', notFound }, NOW),
    );
    expect(asOther.data).toHaveProperty('reason');
    expect(asOther.data).not.toHaveProperty('clinicalNote');
    const asAuthor = await ds.transaction((em) =>
      gate.read(em, { recordType: 'referral', record: referral, recordFacts: { studentId: STUDENT, authorId: 'clinician-1' }, requester: { sub: 'clinician-1', roles: ['clinician'], districtId: 'dev' }, purpose: 'treatment', notFound }, NOW),
    );
    expect(asAuthor.data.clinicalNote).toBe(referral.clinicalNote);
  });

  it('R3 R11: loads threat-assessment team memberships from threat_team_member', async () => {
    const [c] = await ds.query(
      `INSERT INTO threat_case (student_id, campus_id, origin, tip_id, opened_by, opened_at) VALUES ($1, 'campus-ms-02', 'tip', gen_random_uuid(), 'c-1', $2) RETURNING id`,
      [STUDENT, '2026-03-01T00:00:00Z'],
    );
    for (const [member, discipline] of [['officer-9', 'police'], ['clinician-1', 'clinician'], ['admin-1', 'administrator']]) {
      await ds.query(
        `INSERT INTO threat_team_member (case_id, student_id, member_id, discipline, added_at, added_by) VALUES ($1, $2, $3, $4, '2026-03-01T00:00:00Z', 'c-1')`,
        [c.id, STUDENT, member, discipline],
      );
    }
    const facts = await ds.transaction((em) => gate.loadFacts(em, STUDENT, NOW));
    expect(facts.teamMemberships).toHaveLength(3);
    expect(facts.teamMemberships[0]).toMatchObject({ caseId: c.id, studentId: STUDENT, from: new Date('2026-03-01T00:00:00Z'), until: null });
    expect(facts.consents[0]).toMatchObject({ signer: { role: 'guardian', id: 'g-1' }, recipients: [{ unit: 'police' }] });
    expect(facts.student).toEqual({ studentId: STUDENT, dateOfBirth: '2010-06-01', guardianIds: ['g-1'] });
  });

  it('R3 R11: a police member of the threat-assessment team sees the EDU-SAFETY fields for that case, nothing else', async () => {
    const [c] = await ds.query(`SELECT case_id FROM threat_team_member WHERE member_id = 'officer-9'`);
    const asMember = (caseId?: string) =>
      ds.transaction((em) =>
        gate.read(em, { recordType: 'referral', record: referral, recordFacts: { studentId: STUDENT }, requester: { sub: 'officer-9', roles: ['officer'], districtId: 'dev' }, purpose: 'threat-assessment', ...(caseId ? { caseId } : {}), notFound }, NOW),
      );
    const result = await asMember(c.case_id);
    expect(result.data).toEqual({ studentId: STUDENT, campusId: 'campus-ms-02', safetyFlag: true });
    expect(result.decision.basis).toEqual({ kind: 'team', id: c.case_id });
    await expect(asMember()).rejects.toMatchObject({ status: 404, code: 'REFERRAL.NOT_FOUND' });
  });

  it('R13: the service gets each decision explained (rules, reason) and deterministic; the caller only the fields', async () => {
    const a = await read(['officer'], NOW);
    const b = await read(['officer'], NOW);
    expect(a.decision).toEqual(b.decision);
    expect(a.decision.ruleIds).toEqual(expect.arrayContaining(['R3', 'R4', 'R8']));
    expect(a.decision.reason).toMatch(/consent 22222222-2222-4222-8222-222222222222 is in force/);
    expect(JSON.stringify(a.data)).not.toContain(a.decision.reason);
    const denied = (await read(['officer'], new Date('2026-03-11T00:00:00Z')).catch((e: unknown) => e)) as Problem;
    expect(JSON.stringify({ ...denied, message: denied.message })).not.toMatch(/expired|consent/);
  });
});

describe('requesterOf: one capacity per request', () => {
  it('R3: several roles act in the least privileged unit unless the caller names one of its own roles', () => {
    expect(requesterOf({ sub: 'u', roles: ['clinician', 'officer'], districtId: 'dev' })).toEqual({ id: 'u', role: 'officer' });
    expect(requesterOf({ sub: 'u', roles: ['bh-director', 'admin'], districtId: 'dev' })).toEqual({ id: 'u', role: 'admin' });
    expect(requesterOf({ sub: 'u', roles: ['bh-director', 'admin'], districtId: 'dev' }, 'bh-director')).toEqual({ id: 'u', role: 'bh-director', clinicalSupervisor: true });
    expect(requesterOf({ sub: 'u', roles: ['officer', 'police-chief'], districtId: 'dev' })).toEqual({ id: 'u', role: 'police-chief' });
    expect(requesterOf({ sub: 'u', roles: ['system'], districtId: 'dev' })).toBeUndefined();
    expect(() => requesterOf({ sub: 'u', roles: ['officer'], districtId: 'dev' }, 'clinician')).toThrow(Problem);
  });
});
