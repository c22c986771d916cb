import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestService, walkPages, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { ADULT_DOB, as, registerStudent } from './support/fixtures.js';

describe('support-plans: the threat-assessment queue and support plans by clinician or campus (keyset lists)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    http = request(svc.app.getHttpServer());
    for (const s of ['S7100001', 'S7100002', 'S7100003', 'S7100004']) await registerStudent(svc, s, ADULT_DOB);
  });
  afterAll(() => svc?.close());

  const clinician = (sub = 'clinician-3') => as(svc, 'clinician', sub);

  async function openCase(studentId: string, campusId: string): Promise<string> {
    const res = await http.post('/threat-assessments').set('authorization', await clinician()).send({ studentId, campusId, incidentId: randomUUID() }).expect(201);
    return res.body.id;
  }

  async function assess(caseId: string, levelOfConcern: string): Promise<void> {
    const auth = await clinician();
    for (const [memberId, discipline] of [['officer-7', 'police'], ['clinician-3', 'clinician'], ['admin-2', 'administrator']]) {
      await http.post(`/threat-assessments/${caseId}/team`).set('authorization', auth).send({ memberId, discipline }).expect(201);
    }
    await http.post(`/threat-assessments/${caseId}/screenings`).set('authorization', auth).send({ observed: ['grievance'], findings: 'Synthetic findings.' }).expect(201);
    await http.post(`/threat-assessments/${caseId}/concern-level`).set('authorization', auth).send({ levelOfConcern, rationale: 'Synthetic rationale.' }).expect(200);
  }

  it('lists the case queue oldest first by level of concern, status and campus, with summaries only; police roles are refused', async () => {
    const a = await openCase('S7100001', 'campus-q-01');
    const b = await openCase('S7100002', 'campus-q-02');
    const c = await openCase('S7100003', 'campus-q-01');
    await assess(b, 'high');
    const auth = await as(svc, 'bh-director', 'bh-director-1');

    const queue = await walkPages(http, '/threat-assessments', auth, { limit: 2 });
    expect(queue.map((p) => p.length)).toEqual([2, 1]);
    expect(queue.flat().map((x) => x.id)).toEqual([a, b, c]);
    expect(Object.keys(queue[0][1]).sort()).toEqual(['assessedAt', 'campusId', 'id', 'levelOfConcern', 'openedAt', 'pathwayStage', 'status', 'studentId']);
    expect(queue[0][1]).toMatchObject({ levelOfConcern: 'high', status: 'open' });

    expect((await walkPages(http, '/threat-assessments', auth, { levelOfConcern: 'high' })).flat().map((x) => x.id)).toEqual([b]);
    expect((await walkPages(http, '/threat-assessments', auth, { levelOfConcern: 'unassessed', campusId: 'campus-q-01' })).flat().map((x) => x.id)).toEqual([a, c]);
    expect((await walkPages(http, '/threat-assessments', auth, { status: 'closed' })).flat()).toEqual([]);

    for (const role of ['officer', 'police-chief', 'admin'] as const) {
      expect((await http.get('/threat-assessments').set('authorization', await as(svc, role, `${role}-9`))).status).toBe(403);
    }
    const bad = await http.get('/threat-assessments').query({ levelOfConcern: 'severe', cursor: 'bm9wZQ' }).set('authorization', auth).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['levelOfConcern']);
    const forged = await http.get('/threat-assessments').query({ cursor: 'bm9wZQ' }).set('authorization', auth).expect(400);
    expect(forged.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'cursor' })] });
  });

  it('lists support plans by clinician (caseload) or campus, newest first, without goals or interventions', async () => {
    const start = async (studentId: string, campusId: string, sub: string) =>
      (await http.post('/support-plans').set('authorization', await clinician(sub))
        .send({ studentId, campusId, goals: [{ description: 'Synthetic goal.' }], interventions: [{ type: 'mentoring' }], nextReviewOn: '2027-02-01' })
        .expect(201)).body.id as string;
    const p1 = await start('S7100001', 'campus-p-01', 'clinician-41');
    const p2 = await start('S7100002', 'campus-p-02', 'clinician-41');
    const p3 = await start('S7100004', 'campus-p-01', 'clinician-42');
    const auth = await clinician('clinician-41');

    const caseload = await walkPages(http, '/support-plans', auth, { assignedClinicianId: 'clinician-41', limit: 1 });
    expect(caseload.flat().map((p) => p.id)).toEqual([p2, p1]);
    expect(Object.keys(caseload[0][0]).sort()).toEqual(['assignedClinicianId', 'campusId', 'id', 'nextReviewOn', 'startedAt', 'status', 'studentId']);
    expect((await walkPages(http, '/support-plans', auth, { campusId: 'campus-p-01' })).flat().map((p) => p.id)).toEqual([p3, p1]);
    expect((await walkPages(http, '/support-plans', auth, { campusId: 'campus-p-01', status: 'completed' })).flat()).toEqual([]);
    expect((await http.get('/support-plans').set('authorization', await as(svc, 'officer', 'officer-9'))).status).toBe(403);
    // The overdue-reviews route still answers under the list's path.
    expect((await http.get('/support-plans/overdue-reviews').set('authorization', auth)).status).toBe(200);
  });
});
