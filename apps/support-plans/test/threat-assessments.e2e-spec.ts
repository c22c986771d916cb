import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestService, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { ADULT_DOB, as, grantTreatmentConsent, MINOR_DOB, outboxSchemaProblems, outboxText, registerStudent } from './support/fixtures.js';

const EDU_SAFETY_FIELDS = [
  'id', 'studentId', 'campusId', 'status', 'origin', 'incidentId', 'tipId', 'anonymousReport', 'openedAt', 'pathwayStage',
  'levelOfConcern', 'assessedAt', 'team', 'missingDisciplines', 'interventions', 'mentalHealthReferral', 'closedAt', 'closureOutcome',
];
const CLINICAL_FIELDS = ['concernRationale', 'clinicalFindings', 'screenings', 'closureSummary', 'substanceUseFindings'];
const FINDINGS = 'Grievance against a coach after being cut; said the coach would pay for it (synthetic).';

describe('support-plans: threat assessments (TEC 37.115; real PostgreSQL)', () => {
  let svc: TestService;
  let ds: DataSource;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    ds = svc.db;
    http = request(svc.app.getHttpServer());
    await registerStudent(svc, 'S2000001', MINOR_DOB, ['guardian-1']);
    await registerStudent(svc, 'S2000002', MINOR_DOB, ['guardian-2']);
    await registerStudent(svc, 'S2000003', ADULT_DOB);
  });
  afterAll(() => svc?.close());

  const open = async (studentId: string, from: { incidentId?: string; tipId?: string } = { incidentId: randomUUID() }, status = 201) =>
    http.post('/threat-assessments').set('authorization', await as(svc, 'clinician', 'clinician-3')).send({ studentId, campusId: 'campus-ms-02', ...from }).expect(status);

  const addMember = async (caseId: string, memberId: string, discipline: string, status = 201) =>
    http.post(`/threat-assessments/${caseId}/team`).set('authorization', await as(svc, 'clinician', 'clinician-3')).send({ memberId, discipline }).expect(status);

  const clinician = () => as(svc, 'clinician', 'clinician-3');

  /** A case with a full team (officer-7, clinician-3, admin-2), screened, assessed and with an intervention. */
  async function assessedCase(studentId: string) {
    const c = (await open(studentId)).body;
    await addMember(c.id, 'officer-7', 'police', 201);
    await addMember(c.id, 'clinician-3', 'clinician', 201);
    await addMember(c.id, 'admin-2', 'administrator', 201);
    await http
      .post(`/threat-assessments/${c.id}/screenings`)
      .set('authorization', await clinician())
      .send({ observed: ['grievance', 'ideation'], findings: FINDINGS, substanceUseFindings: 'Reports weekend alcohol use (synthetic).' })
      .expect(201);
    await http.post(`/threat-assessments/${c.id}/concern-level`).set('authorization', await clinician()).send({ levelOfConcern: 'moderate', rationale: 'Ideation, no planning.' }).expect(200);
    await http
      .post(`/threat-assessments/${c.id}/interventions`)
      .set('authorization', await clinician())
      .send({ type: 'supervision-plan', description: 'Daily check-in with the assistant principal.', assignedTo: 'admin-2' })
      .expect(201);
    return c.id as string;
  }

  it('opens a case from an incident, once per student and incident', async () => {
    const incidentId = randomUUID();
    const res = await open('S2000001', { incidentId }, 201);
    expect(res.body).toMatchObject({
      studentId: 'S2000001',
      origin: 'incident',
      incidentId,
      tipId: null,
      status: 'open',
      levelOfConcern: null,
      team: [],
      missingDisciplines: ['police', 'clinician', 'administrator'],
    });
    const again = await open('S2000001', { incidentId }, 409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(again.body).toMatchObject({ code: 'THREAT_CASE.ALREADY_OPEN', caseId: res.body.id });
    // Another student from the same incident gets a case of their own.
    await open('S2000002', { incidentId }, 201);
  });

  it('400 problem+json for bad input: neither or both of incidentId and tipId, unknown stages and levels', async () => {
    const auth = await clinician();
    for (const body of [
      { studentId: 'S2000001', campusId: 'campus-ms-02' },
      { studentId: 'S2000001', campusId: 'campus-ms-02', incidentId: randomUUID(), tipId: randomUUID() },
      { studentId: 'S2000001', campusId: 'campus-ms-02', incidentId: 'not-a-uuid' },
    ]) {
      const res = await http.post('/threat-assessments').set('authorization', auth).send(body).expect(400);
      expect(res.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'incidentId' })] });
    }
    const c = (await open('S2000001')).body;
    const screening = await http.post(`/threat-assessments/${c.id}/screenings`).set('authorization', auth).send({ observed: ['daydreaming'], findings: 'x' }).expect(400);
    expect(screening.body.errors).toEqual([expect.objectContaining({ field: 'observed' })]);
    const level = await http.post(`/threat-assessments/${c.id}/concern-level`).set('authorization', auth).send({ levelOfConcern: 'severe', rationale: 'x' }).expect(400);
    expect(level.body.errors).toEqual([expect.objectContaining({ field: 'levelOfConcern' })]);
    const member = await http.post(`/threat-assessments/${c.id}/team`).set('authorization', auth).send({ memberId: 'x-1', discipline: 'counselor' }).expect(400);
    expect(member.body.errors).toEqual([expect.objectContaining({ field: 'discipline' })]);
    await http.get('/threat-assessments/not-a-uuid').set('authorization', auth).expect(400);
  });

  it('R11: a level of concern needs a multidisciplinary team (police + clinician + administrator) and a screening', async () => {
    const c = (await open('S2000001')).body;
    await addMember(c.id, 'officer-7', 'police', 201);
    const dup = await addMember(c.id, 'officer-7', 'police', 409);
    expect(dup.body.code).toBe('THREAT_TEAM.ALREADY_MEMBER');
    const withTwo = await addMember(c.id, 'clinician-3', 'clinician', 201);
    expect(withTwo.body.missingDisciplines).toEqual(['administrator']);
    const level = { levelOfConcern: 'high', rationale: 'Research into the school layout.' };
    const incomplete = await http.post(`/threat-assessments/${c.id}/concern-level`).set('authorization', await clinician()).send(level).expect(409);
    expect(incomplete.body).toMatchObject({ code: 'THREAT_TEAM.INCOMPLETE', missingDisciplines: ['administrator'] });
    expect((await addMember(c.id, 'admin-2', 'administrator', 201)).body.missingDisciplines).toEqual([]);
    const unscreened = await http.post(`/threat-assessments/${c.id}/concern-level`).set('authorization', await clinician()).send(level).expect(409);
    expect(unscreened.body.code).toBe('THREAT_CASE.NOT_SCREENED');
    const screened = await http
      .post(`/threat-assessments/${c.id}/screenings`)
      .set('authorization', await clinician())
      .send({ observed: ['grievance', 'research-planning'], findings: FINDINGS })
      .expect(201);
    expect(screened.body.pathwayStage).toBe('research-planning');
    const set = await http.post(`/threat-assessments/${c.id}/concern-level`).set('authorization', await clinician()).send(level).expect(200);
    expect(set.body).toMatchObject({ levelOfConcern: 'high', concernRationale: level.rationale, assessedAt: expect.any(String) });
  });

  it('R3c R11 R8 R7: a police member of the team sees the EDU-SAFETY fields only, marked and logged', async () => {
    const caseId = await assessedCase('S2000002');
    const before = Number((await ds.query(`SELECT count(*) FROM disclosure`))[0].count);
    const res = await http.get(`/threat-assessments/${caseId}`).set('authorization', await as(svc, 'officer', 'officer-7')).expect(200);
    expect(Object.keys(res.body).sort()).toEqual([...EDU_SAFETY_FIELDS, 'redisclosure'].sort());
    expect(res.body).toMatchObject({ levelOfConcern: 'moderate', pathwayStage: 'ideation', redisclosure: 'prohibited', mentalHealthReferral: false });
    expect(res.body.interventions).toEqual([expect.objectContaining({ type: 'supervision-plan', care: false })]);
    expect(JSON.stringify(res.body)).not.toContain('coach');
    for (const f of CLINICAL_FIELDS) expect(res.body).not.toHaveProperty(f);

    const [entry] = await ds.query(`SELECT entry FROM disclosure ORDER BY pos DESC LIMIT 1`);
    expect(Number((await ds.query(`SELECT count(*) FROM disclosure`))[0].count)).toBe(before + 1);
    expect(entry.entry).toMatchObject({
      toWhom: { id: 'officer-7', role: 'officer', unit: 'police' },
      recordType: 'threat-assessment',
      purpose: 'threat-assessment',
      classes: ['DIRECTORY', 'EDU-SAFETY'],
      basis: { kind: 'team', id: caseId },
      exempt: false,
    });

    // The administrator member: the same EDU-SAFETY view.
    const admin = await http.get(`/threat-assessments/${caseId}`).set('authorization', await as(svc, 'admin', 'admin-2')).expect(200);
    expect(Object.keys(admin.body).sort()).toEqual(Object.keys(res.body).sort());
    // The clinician sees the whole case, findings and SUD included (the Part 2 program's own use).
    const full = await http.get(`/threat-assessments/${caseId}`).set('authorization', await clinician()).expect(200);
    expect(full.body).toMatchObject({ clinicalFindings: FINDINGS, concernRationale: 'Ideation, no planning.', substanceUseFindings: expect.stringContaining('alcohol') });
    expect(full.body).not.toHaveProperty('redisclosure');
  });

  it('R10: an officer not on the team gets exactly what a missing case gets; so does a member once removed', async () => {
    const caseId = await assessedCase('S2000002');
    const officer9 = await as(svc, 'officer', 'officer-9');
    const unknownId = randomUUID();
    const denied = await http.get(`/threat-assessments/${caseId}`).set('authorization', officer9).expect(404);
    const missing = await http.get(`/threat-assessments/${unknownId}`).set('authorization', officer9).expect(404);
    const comparable = (body: Record<string, unknown>, id: string) =>
      JSON.parse(JSON.stringify({ ...body, correlationId: undefined }).replaceAll(id, '<id>'));
    expect(comparable(denied.body, caseId)).toEqual(comparable(missing.body, unknownId));
    expect(denied.body.code).toBe('THREAT_CASE.NOT_FOUND');
    expect(denied.headers['content-type']).toBe(missing.headers['content-type']);

    const chief = await http.get(`/threat-assessments/${caseId}`).set('authorization', await as(svc, 'police-chief', 'chief-1')).expect(404);
    expect(comparable(chief.body, caseId)).toEqual(comparable(missing.body, unknownId));

    await http.get(`/threat-assessments/${caseId}`).set('authorization', await as(svc, 'officer', 'officer-7')).expect(200);
    const removed = await http.delete(`/threat-assessments/${caseId}/team/officer-7`).set('authorization', await clinician()).expect(200);
    expect(removed.body.missingDisciplines).toEqual(['police']);
    const after = await http.get(`/threat-assessments/${caseId}`).set('authorization', await as(svc, 'officer', 'officer-7')).expect(404);
    expect(comparable(after.body, caseId)).toEqual(comparable(missing.body, unknownId));
    await http.delete(`/threat-assessments/${caseId}/team/officer-7`).set('authorization', await clinician()).expect(404);
  });

  it('R11: an officer on a team that is not multidisciplinary yet sees nothing', async () => {
    const c = (await open('S2000001')).body;
    await addMember(c.id, 'officer-7', 'police', 201);
    await addMember(c.id, 'clinician-3', 'clinician', 201);
    await http.get(`/threat-assessments/${c.id}`).set('authorization', await as(svc, 'officer', 'officer-7')).expect(404);
  });

  it('R11: no counseling for a student under 18 without written parental consent; a referral for assessment is allowed', async () => {
    const c = (await open('S2000001')).body;
    const counseling = { type: 'counseling', description: 'Weekly counseling sessions with the campus clinician.' };
    const refused = await http.post(`/threat-assessments/${c.id}/interventions`).set('authorization', await clinician()).send(counseling).expect(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'CARE.PARENTAL_CONSENT_REQUIRED', ruleIds: expect.arrayContaining(['R11']) });
    expect(await ds.query(`SELECT 1 FROM threat_intervention WHERE case_id = $1`, [c.id])).toEqual([]);

    const referral = await http
      .post(`/threat-assessments/${c.id}/interventions`)
      .set('authorization', await clinician())
      .send({ type: 'mental-health-assessment-referral', description: 'Refer for a mental-health assessment.' })
      .expect(201);
    expect(referral.body.mentalHealthReferral).toBe(true);

    const consentId = await grantTreatmentConsent(svc, 'S2000001', 'guardian-1');
    const allowed = await http.post(`/threat-assessments/${c.id}/interventions`).set('authorization', await clinician()).send(counseling).expect(201);
    expect(allowed.body.interventions.map((i: { type: string; care: boolean }) => [i.type, i.care])).toEqual([
      ['mental-health-assessment-referral', false],
      ['counseling', true],
    ]);
    const [row] = await ds.query(`SELECT care_consent_id FROM threat_intervention WHERE case_id = $1 AND care`, [c.id]);
    expect(row.care_consent_id).toBe(consentId);
  });

  it('R11: an adult student needs no parental consent; an unknown student gets no care', async () => {
    const adult = (await open('S2000003')).body;
    await http.post(`/threat-assessments/${adult.id}/interventions`).set('authorization', await clinician()).send({ type: 'counseling', description: 'Counseling.' }).expect(201);
    const unknown = (await open('S2999999')).body;
    const res = await http.post(`/threat-assessments/${unknown.id}/interventions`).set('authorization', await clinician()).send({ type: 'counseling', description: 'Counseling.' }).expect(422);
    expect(res.body.code).toBe('CARE.PARENTAL_CONSENT_REQUIRED');
  });

  it('closes once, only after assessment; a closed case takes no new members (409 problem+json)', async () => {
    const c = (await open('S2000001')).body;
    const close = { outcome: 'resolved', summary: 'Mediation held; no further statements.' };
    const unassessed = await http.post(`/threat-assessments/${c.id}/close`).set('authorization', await clinician()).send(close).expect(409);
    expect(unassessed.body.code).toBe('THREAT_CASE.NOT_ASSESSED');

    const caseId = await assessedCase('S2000001');
    const closed = await http.post(`/threat-assessments/${caseId}/close`).set('authorization', await clinician()).send(close).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', closureOutcome: 'resolved', closureSummary: close.summary, closedAt: expect.any(String) });
    const twice = await http.post(`/threat-assessments/${caseId}/close`).set('authorization', await clinician()).send(close).expect(409);
    expect(twice.body).toMatchObject({ code: 'THREAT_CASE.ILLEGAL_TRANSITION', status: 409, caseStatus: 'closed' });
    const member = await addMember(caseId, 'officer-8', 'police', 409);
    expect(member.body.code).toBe('THREAT_CASE.CLOSED');
    // The team still sees the outcome (EDU-SAFETY), not the summary.
    const police = await http.get(`/threat-assessments/${caseId}`).set('authorization', await as(svc, 'officer', 'officer-7')).expect(200);
    expect(police.body).toMatchObject({ status: 'closed', closureOutcome: 'resolved' });
    expect(police.body).not.toHaveProperty('closureSummary');
  });

  it('keeps findings, rationale and descriptions off every topic; writes are clinical only (403 for police roles)', async () => {
    const caseId = await assessedCase('S2000002');
    const types = (await ds.query(`SELECT DISTINCT type FROM outbox WHERE key = $1 ORDER BY type`, [caseId])).map((r: { type: string }) => r.type);
    expect(types).toEqual([
      'support.threat-case.concern-level-set',
      'support.threat-case.intervention-added',
      'support.threat-case.opened',
      'support.threat-case.screened',
      'support.threat-case.team-changed',
    ]);
    const text = await outboxText(ds);
    for (const secret of ['coach', 'alcohol', 'Ideation, no planning', 'assistant principal']) expect(text).not.toContain(secret);
    const [complete] = await ds.query(
      `SELECT payload FROM outbox WHERE key = $1 AND type = 'support.threat-case.team-changed' ORDER BY id DESC LIMIT 1`,
      [caseId],
    );
    expect(complete.payload).toMatchObject({ memberId: 'admin-2', discipline: 'administrator', change: 'added', teamComplete: true });

    for (const role of ['officer', 'police-chief', 'admin', 'analyst'] as const) {
      await http.post(`/threat-assessments/${caseId}/team`).set('authorization', await as(svc, role)).send({ memberId: 'x-1', discipline: 'police' }).expect(403);
    }
  });

  it('writes only events that pass their contract schemas', async () => {
    expect(await outboxSchemaProblems(ds)).toEqual([]);
  });
});
