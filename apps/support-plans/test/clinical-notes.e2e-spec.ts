import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Role } from '#contracts';
import { startTestService, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { as, outboxText } from './support/fixtures.js';

const NOTE = 'Session 3: student described intrusive thoughts after the move (synthetic psychotherapy note).';

describe('support-plans: clinical notes (PSY-NOTE; real PostgreSQL)', () => {
  let svc: TestService;
  let ds: DataSource;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    ds = svc.db;
    http = request(svc.app.getHttpServer());
    for (const id of ['S7000001', 'S7000002', 'S7000003', 'S7000004']) {
      await http.put(`/students/${id}`).set('authorization', await as(svc, 'system', 'sis')).send({ dateOfBirth: '2010-06-01', guardianIds: [] }).expect(200);
    }
  });
  afterAll(() => svc?.close());

  const write = async (studentId: string, body: object, sub = 'clinician-3', status = 201) =>
    http.post(`/students/${studentId}/clinical-notes`).set('authorization', await as(svc, 'clinician', sub)).send(body).expect(status);
  const read = async (id: string, role: Role, sub: string) => http.get(`/clinical-notes/${id}`).set('authorization', await as(svc, role, sub));
  const strip = (b: Record<string, unknown>, id: string) => JSON.parse(JSON.stringify({ ...b, correlationId: undefined }).replaceAll(id, '<id>'));

  it('R2 R3: the author and a clinical supervisor read the note', async () => {
    const note = (await write('S7000001', { body: NOTE })).body;
    expect(note).toMatchObject({ studentId: 'S7000001', authorId: 'clinician-3', body: NOTE, supportPlanId: null });
    expect((await read(note.id, 'clinician', 'clinician-3')).body).toEqual(note);
    const supervisor = await read(note.id, 'bh-director', 'director-1');
    expect(supervisor.status).toBe(200);
    expect(supervisor.body).toEqual(note);
    expect(supervisor.body).not.toHaveProperty('redisclosure');
  });

  it('R3 R10: another clinician, every police role and an administrator get exactly what a missing note gets', async () => {
    const note = (await write('S7000001', { body: NOTE })).body;
    const missingId = randomUUID();
    const missing = await read(missingId, 'clinician', 'clinician-4');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('CLINICAL_NOTE.NOT_FOUND');
    for (const [role, sub] of [['clinician', 'clinician-4'], ['officer', 'officer-71'], ['police-chief', 'chief-1'], ['admin', 'admin-71']] as const) {
      const res = await read(note.id, role, sub);
      expect({ role, status: res.status }).toEqual({ role, status: 404 });
      expect(strip(res.body, note.id)).toEqual(strip(missing.body, missingId));
      expect(res.headers['content-type']).toBe(missing.headers['content-type']);
    }
    expect((await read(note.id, 'analyst', 'analyst-1')).status).toBe(403);
  });

  it('R3: a person who is both officer and clinician acts as the officer unless they name the clinician role', async () => {
    const both = await svc.idp.bearer(['officer', 'clinician'], 'dual-1');
    const note = (await http.post('/students/S7000002/clinical-notes').set('authorization', both).set('x-acting-role', 'clinician').send({ body: NOTE }).expect(201)).body;
    await http.get(`/clinical-notes/${note.id}`).set('authorization', both).expect(404);
    const own = await http.get(`/clinical-notes/${note.id}`).set('authorization', both).set('x-acting-role', 'clinician').expect(200);
    expect(own.body.body).toBe(NOTE);
  });

  it("lists a student's notes as far as the caller may read them", async () => {
    const a = (await write('S7000003', { body: 'Note by clinician 3.' }, 'clinician-3')).body;
    const b = (await write('S7000003', { body: 'Note by clinician 5.' }, 'clinician-5')).body;
    const list = async (role: Role, sub: string) =>
      (await http.get('/students/S7000003/clinical-notes').set('authorization', await as(svc, role, sub)).expect(200)).body.map((n: { id: string }) => n.id);
    expect(await list('clinician', 'clinician-3')).toEqual([a.id]);
    expect(await list('clinician', 'clinician-5')).toEqual([b.id]);
    expect(await list('clinician', 'clinician-6')).toEqual([]);
    expect(await list('bh-director', 'director-1')).toEqual([a.id, b.id]);
    await http.get('/students/S7000003/clinical-notes').set('authorization', await as(svc, 'officer')).expect(403);
  });

  it('never puts a note on any topic, not even a clinical-only one', async () => {
    const before = Number((await ds.query(`SELECT count(*) FROM outbox`))[0].count);
    const marker = `PSY-NOTE marker ${randomUUID()}`;
    const note = (await write('S7000004', { body: marker })).body;
    await read(note.id, 'clinician', 'clinician-3');
    expect(Number((await ds.query(`SELECT count(*) FROM outbox`))[0].count)).toBe(before);
    expect(await outboxText(ds)).not.toContain(marker);
    expect(await outboxText(ds)).not.toContain(note.id);
  });

  it('R3 R10 (issue 14): the record of disclosures and the student overview say nothing about a note: not its existence, id, count or reader', async () => {
    await http.put('/students/S7000005').set('authorization', await as(svc, 'system', 'sis')).send({ dateOfBirth: '2011-04-02', guardianIds: ['guardian-5'] }).expect(200);
    const note = (await write('S7000005', { body: NOTE })).body;
    expect((await read(note.id, 'clinician', 'clinician-3')).status).toBe(200); // the author
    expect((await read(note.id, 'bh-director', 'director-1')).status).toBe(200); // a supervisor
    // A referral holding a PSY-NOTE field, read by its author: the entry must not name that field or class either.
    const referral = (
      await http
        .post('/referrals')
        .set('authorization', await as(svc, 'clinician', 'clinician-3'))
        .send({ studentId: 'S7000005', campusId: 'campus-hs-01', source: 'staff', reason: 'Withdrawn in class.', safetyFlag: false, clinicalNote: NOTE })
        .expect(201)
    ).body;
    await http.get(`/referrals/${referral.id}`).set('authorization', await as(svc, 'clinician', 'clinician-3')).expect(200);
    const readers: [Role, string][] = [['clinician', 'clinician-4'], ['admin', 'admin-71'], ['system', 'parent-portal'], ['clinician', 'clinician-3']];
    for (const [role, sub] of readers) {
      const log = await http.get('/students/S7000005/disclosures').set('authorization', await as(svc, role, sub)).expect(200);
      const text = JSON.stringify(log.body);
      expect({ role, sub, note: text.includes(note.id), psy: text.includes('PSY-NOTE'), type: text.includes('clinical-note'), field: text.includes('clinicalNote') }).toEqual({
        role, sub, note: false, psy: false, type: false, field: false,
      });
    }
    for (const [role, sub] of [['clinician', 'clinician-4'], ['bh-director', 'director-2']] as const) {
      const overview = JSON.stringify((await http.get('/students/S7000005/overview').set('authorization', await as(svc, role, sub)).expect(200)).body);
      expect({ role, note: overview.includes(note.id), psy: overview.includes('PSY-NOTE'), type: overview.includes('clinical-note') }).toEqual({ role, note: false, psy: false, type: false });
    }
  });

  it('400 problem+json for bad input; 422 for a support plan of another student; 404 for a student the SIS never registered (issue 15)', async () => {
    const empty = await write('S7000001', { body: '' }, 'clinician-3', 400);
    expect(empty.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'body' })] });
    const badStudent = await write('bad id!', { body: NOTE }, 'clinician-3', 400);
    expect(badStudent.body.errors).toEqual([expect.objectContaining({ field: 'studentId' })]);
    const plan = await write('S7000001', { body: NOTE, supportPlanId: randomUUID() }, 'clinician-3', 422);
    expect(plan.body.code).toBe('CLINICAL_NOTE.UNKNOWN_PLAN');
    const unregistered = await write('S7999999', { body: NOTE }, 'clinician-3', 404);
    expect(unregistered.body.code).toBe('STUDENT.NOT_FOUND');
    await http.get('/clinical-notes/not-a-uuid').set('authorization', await as(svc, 'clinician')).expect(400);
  });
});
