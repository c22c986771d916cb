import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestService, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { as, outboxSchemaProblems, outboxText } from './support/fixtures.js';

const content = {
  summary: 'Has a safety plan; check in at arrival; escort to the counseling office if distressed (synthetic).',
  warningSigns: ['Stops eating lunch', 'Gives away belongings'],
  copingStrategies: ['Listen to music', 'Walk the track with a friend'],
  supportContacts: [{ name: 'Aunt R', relationship: 'aunt', phone: '555-0100' }],
  meansRestriction: [{ means: 'medications', action: 'Guardian keeps medications in a locked box.', responsible: 'guardian' }],
  reviewOn: '2026-12-08',
};
const SAFETY_FIELDS = ['id', 'studentId', 'campusId', 'caseId', 'status', 'summary', 'reviewOn', 'version', 'createdAt', 'updatedAt'];

describe('support-plans: safety plans (real PostgreSQL)', () => {
  let svc: TestService;
  let ds: DataSource;
  let http: ReturnType<typeof request>;
  let clinician: string;
  let caseId: string;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    ds = svc.db;
    http = request(svc.app.getHttpServer());
    clinician = await as(svc, 'clinician', 'clinician-3');
    caseId = (
      await http.post('/threat-assessments').set('authorization', clinician).send({ studentId: 'S6000001', campusId: 'campus-ms-02', tipId: randomUUID() }).expect(201)
    ).body.id;
    for (const [memberId, discipline] of [['officer-61', 'police'], ['clinician-3', 'clinician'], ['admin-61', 'administrator']]) {
      await http.post(`/threat-assessments/${caseId}/team`).set('authorization', clinician).send({ memberId, discipline }).expect(201);
    }
  });
  afterAll(() => svc?.close());

  const create = (body: object, status = 201) => http.post('/safety-plans').set('authorization', clinician).send(body).expect(status);
  const strip = (b: Record<string, unknown>, id: string) => JSON.parse(JSON.stringify({ ...b, correlationId: undefined }).replaceAll(id, '<id>'));

  it('R3c R11 R8 R7: the police member of the case team sees the EDU-SAFETY summary only', async () => {
    const plan = (await create({ studentId: 'S6000001', campusId: 'campus-ms-02', caseId, ...content })).body;
    expect(plan).toMatchObject({ ...content, caseId, version: 1, status: 'active', createdBy: 'clinician-3' });

    const police = await http.get(`/safety-plans/${plan.id}`).set('authorization', await as(svc, 'officer', 'officer-61')).expect(200);
    expect(Object.keys(police.body).sort()).toEqual([...SAFETY_FIELDS, 'redisclosure'].sort());
    expect(police.body).toMatchObject({ summary: content.summary, reviewOn: '2026-12-08', redisclosure: 'prohibited' });
    expect(JSON.stringify(police.body)).not.toMatch(/lunch|music|Aunt|locked box/);
    const [entry] = await ds.query(`SELECT entry FROM disclosure ORDER BY pos DESC LIMIT 1`);
    expect(entry.entry).toMatchObject({ recordType: 'safety-plan', toWhom: { id: 'officer-61', unit: 'police' }, basis: { kind: 'team', id: caseId }, exempt: false });

    const admin = await http.get(`/safety-plans/${plan.id}`).set('authorization', await as(svc, 'admin', 'admin-61')).expect(200);
    expect(Object.keys(admin.body).sort()).toEqual(Object.keys(police.body).sort());
    const full = await http.get(`/safety-plans/${plan.id}`).set('authorization', clinician).expect(200);
    expect(full.body).toMatchObject(content);
  });

  it('R10: an officer off the team, or a plan tied to no case, answer like a missing plan', async () => {
    const withCase = (await create({ studentId: 'S6000001', campusId: 'campus-ms-02', caseId, ...content })).body;
    const noCase = (await create({ studentId: 'S6000001', campusId: 'campus-ms-02', ...content })).body;
    const missingId = randomUUID();
    const missing = await http.get(`/safety-plans/${missingId}`).set('authorization', await as(svc, 'officer', 'officer-62')).expect(404);
    expect(missing.body.code).toBe('SAFETY_PLAN.NOT_FOUND');
    const offTeam = await http.get(`/safety-plans/${withCase.id}`).set('authorization', await as(svc, 'officer', 'officer-62')).expect(404);
    expect(strip(offTeam.body, withCase.id)).toEqual(strip(missing.body, missingId));
    const member = await as(svc, 'officer', 'officer-61');
    const untied = await http.get(`/safety-plans/${noCase.id}`).set('authorization', member).expect(404);
    expect(strip(untied.body, noCase.id)).toEqual(strip(missing.body, missingId));
    // A team member asking for another purpose gets nothing either: membership serves threat assessment only.
    await http.get(`/safety-plans/${withCase.id}`).query({ purpose: 'investigation' }).set('authorization', member).expect(404);
  });

  it('revises with optimistic concurrency, retires, and refuses to revise a retired plan (409 problem+json)', async () => {
    const plan = (await create({ studentId: 'S6000001', campusId: 'campus-ms-02', caseId, ...content })).body;
    const revised = await http
      .put(`/safety-plans/${plan.id}`)
      .set('authorization', clinician)
      .send({ ...content, expectedVersion: 1, copingStrategies: ['Breathing exercise', 'Text Aunt R'] })
      .expect(200);
    expect(revised.body).toMatchObject({ version: 2, copingStrategies: ['Breathing exercise', 'Text Aunt R'] });
    const stale = await http.put(`/safety-plans/${plan.id}`).set('authorization', clinician).send({ ...content, expectedVersion: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'SAFETY_PLAN.VERSION_CONFLICT', currentVersion: 2 });
    await http.put(`/safety-plans/${plan.id}`).set('authorization', clinician).send({ ...content, expectedVersion: 2, status: 'retired' }).expect(200);
    const retired = await http.put(`/safety-plans/${plan.id}`).set('authorization', clinician).send({ ...content, expectedVersion: 3 }).expect(409);
    expect(retired.body).toMatchObject({ code: 'SAFETY_PLAN.ILLEGAL_TRANSITION', planStatus: 'retired' });
    const versions = await ds.query(`SELECT payload->>'version' AS v FROM outbox WHERE key = $1 AND type = 'support.safety-plan.recorded' ORDER BY id`, [plan.id]);
    expect(versions.map((r: { v: string }) => r.v)).toEqual(['1', '2', '3']);
  });

  it('keeps plan content off every topic', async () => {
    await create({ studentId: 'S6000001', campusId: 'campus-ms-02', caseId, ...content });
    const text = await outboxText(ds);
    for (const secret of ['Stops eating lunch', 'Listen to music', 'Aunt R', '555-0100', 'locked box', content.summary]) expect(text).not.toContain(secret);
  });

  it('400 problem+json for bad input; 422 for a case about another student', async () => {
    const bad = await create({ studentId: 'S6000001', campusId: 'campus-ms-02', ...content, warningSigns: [], meansRestriction: [{ means: 'knife', action: 'x' }] }, 400);
    expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['warningSigns', 'meansRestriction.0.means']));
    const date = await create({ studentId: 'S6000001', campusId: 'campus-ms-02', ...content, reviewOn: '2026-02-30' }, 400);
    expect(date.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'reviewOn' })]));
    const mismatch = await create({ studentId: 'S6000002', campusId: 'campus-ms-02', caseId, ...content }, 422);
    expect(mismatch.body.code).toBe('SAFETY_PLAN.CASE_MISMATCH');
    expect((await create({ studentId: 'S6000001', campusId: 'campus-ms-02', caseId: randomUUID(), ...content }, 422)).body.code).toBe('SAFETY_PLAN.UNKNOWN_CASE');
    await http.post('/safety-plans').set('authorization', await as(svc, 'officer')).send({ studentId: 'S6000001', campusId: 'c', ...content }).expect(403);
  });

  it('writes only events that pass their contract schemas', async () => {
    expect(await outboxSchemaProblems(ds)).toEqual([]);
  });
});
