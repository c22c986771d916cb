import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestService, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { ADULT_DOB, as, grantTreatmentConsent, MINOR_DOB, outboxSchemaProblems, outboxText, registerStudent } from './support/fixtures.js';

const GOAL = 'Attend all classes four days out of five (synthetic goal).';
const plan = (studentId: string, over: Record<string, unknown> = {}) => ({
  studentId,
  campusId: 'campus-hs-01',
  goals: [{ description: GOAL, targetOn: '2027-01-29' }],
  interventions: [{ type: 'individual-counseling', frequency: 'weekly, 30 minutes', provider: 'clinician-3' }],
  nextReviewOn: '2027-01-15',
  ...over,
});

describe('support-plans: support plans (real PostgreSQL)', () => {
  let svc: TestService;
  let ds: DataSource;
  let http: ReturnType<typeof request>;
  let clinician: string;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    ds = svc.db;
    http = request(svc.app.getHttpServer());
    clinician = await as(svc, 'clinician', 'clinician-3');
    await registerStudent(svc, 'S5000001', MINOR_DOB, ['guardian-51']);
    await registerStudent(svc, 'S5000002', MINOR_DOB, ['guardian-52']);
    await registerStudent(svc, 'S5000003', ADULT_DOB);
  });
  afterAll(() => svc?.close());

  const start = (body: object, status = 201) => http.post('/support-plans').set('authorization', clinician).send(body).expect(status);

  it('R11: no counseling plan for a student under 18 without written parental consent; mentoring alone is not care', async () => {
    const refused = await start(plan('S5000001'), 422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'CARE.PARENTAL_CONSENT_REQUIRED', ruleIds: expect.arrayContaining(['R11']) });
    expect(await ds.query(`SELECT 1 FROM support_plan WHERE student_id = 'S5000001'`)).toEqual([]);

    const mentoring = await start(plan('S5000001', { interventions: [{ type: 'mentoring' }, { type: 'academic-support' }] }));
    expect(mentoring.body).toMatchObject({ status: 'active', assignedClinicianId: 'clinician-3', version: 1, reviews: [] });

    const consentId = await grantTreatmentConsent(svc, 'S5000001', 'guardian-51');
    const care = await start(plan('S5000001'));
    const [row] = await ds.query(`SELECT care_consent_id FROM support_plan WHERE id = $1`, [care.body.id]);
    expect(row.care_consent_id).toBe(consentId);

    await start(plan('S5000003')); // 18 or older: the student's own care
  });

  it('R11 R9: once the parental consent is revoked, no new care starts', async () => {
    const consentId = await grantTreatmentConsent(svc, 'S5000002', 'guardian-52');
    await start(plan('S5000002'));
    await http.post(`/consents/${consentId}/revoke`).set('authorization', clinician).send({ reason: 'Guardian withdrew consent.' }).expect(200);
    expect((await start(plan('S5000002'), 422)).body.code).toBe('CARE.PARENTAL_CONSENT_REQUIRED');
  });

  it('answers an accepted referral of the same student only', async () => {
    const referral = await http
      .post('/referrals')
      .set('authorization', clinician)
      .send({ studentId: 'S5000003', campusId: 'campus-hs-01', source: 'self', reason: 'Asked to talk to someone (synthetic).' })
      .expect(201);
    const id = referral.body.id as string;
    const pending = await start(plan('S5000003', { referralId: id }), 409);
    expect(pending.body).toMatchObject({ code: 'SUPPORT_PLAN.REFERRAL_NOT_ACCEPTED', referralStatus: 'received' });
    await http.post(`/referrals/${id}/accept`).set('authorization', clinician).send({}).expect(200);
    expect((await start(plan('S5000001', { referralId: id }), 422)).body.code).toBe('SUPPORT_PLAN.REFERRAL_MISMATCH');
    expect((await start(plan('S5000003', { referralId: randomUUID() }), 422)).body.code).toBe('SUPPORT_PLAN.UNKNOWN_REFERRAL');
    const linked = await start(plan('S5000003', { referralId: id }));
    expect(linked.body.referralId).toBe(id);
  });

  it('updates with optimistic concurrency; new care interventions check consent again (R11)', async () => {
    const p = (await start(plan('S5000002', { interventions: [{ type: 'mentoring' }] }))).body;
    const changed = await http
      .patch(`/support-plans/${p.id}`)
      .set('authorization', clinician)
      .send({ expectedVersion: 1, assignedClinicianId: 'clinician-4', goals: [{ description: 'Join one club.' }] })
      .expect(200);
    expect(changed.body).toMatchObject({ version: 2, assignedClinicianId: 'clinician-4', goals: [{ description: 'Join one club.' }] });
    const stale = await http.patch(`/support-plans/${p.id}`).set('authorization', clinician).send({ expectedVersion: 1, nextReviewOn: '2027-02-01' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'SUPPORT_PLAN.VERSION_CONFLICT', currentVersion: 2 });
    const care = await http
      .patch(`/support-plans/${p.id}`)
      .set('authorization', clinician)
      .send({ expectedVersion: 2, interventions: [{ type: 'mentoring' }, { type: 'group-counseling' }] })
      .expect(422);
    expect(care.body.code).toBe('CARE.PARENTAL_CONSENT_REQUIRED');
    const after = await http.get(`/support-plans/${p.id}`).set('authorization', clinician).expect(200);
    expect(after.body).toMatchObject({ version: 2, interventions: [{ type: 'mentoring' }] });
  });

  it('reviews: continue moves the review date; complete ends the plan; an ended plan takes no change (409)', async () => {
    const p = (await start(plan('S5000003'))).body;
    const missingDate = await http.post(`/support-plans/${p.id}/reviews`).set('authorization', clinician).send({ outcome: 'continue', summary: 'Going well.' }).expect(400);
    expect(missingDate.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'nextReviewOn' })]));
    const dateOnEnd = await http
      .post(`/support-plans/${p.id}/reviews`)
      .set('authorization', clinician)
      .send({ outcome: 'complete', summary: 'Done.', nextReviewOn: '2027-03-01' })
      .expect(400);
    expect(dateOnEnd.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'nextReviewOn' })] });

    const continued = await http
      .post(`/support-plans/${p.id}/reviews`)
      .set('authorization', clinician)
      .send({ outcome: 'continue', summary: 'Attendance improving; keep weekly sessions.', nextReviewOn: '2027-02-12' })
      .expect(201);
    expect(continued.body).toMatchObject({ status: 'active', nextReviewOn: '2027-02-12', reviews: [expect.objectContaining({ outcome: 'continue', dueOn: '2027-01-15' })] });
    const completed = await http.post(`/support-plans/${p.id}/reviews`).set('authorization', clinician).send({ outcome: 'complete', summary: 'Goals met.' }).expect(201);
    expect(completed.body).toMatchObject({ status: 'completed', nextReviewOn: null, endedAt: expect.any(String) });

    const again = await http.post(`/support-plans/${p.id}/reviews`).set('authorization', clinician).send({ outcome: 'discontinue', summary: 'x' }).expect(409);
    expect(again.body).toMatchObject({ status: 409, code: 'SUPPORT_PLAN.ILLEGAL_TRANSITION', planStatus: 'completed' });
    await http.patch(`/support-plans/${p.id}`).set('authorization', clinician).send({ expectedVersion: completed.body.version, nextReviewOn: '2027-05-01' }).expect(409);

    const events = await ds.query(`SELECT type, payload FROM outbox WHERE key = $1 ORDER BY id`, [p.id]);
    expect(events.map((e: { type: string }) => e.type)).toEqual(['support.plan.started', 'support.plan.reviewed', 'support.plan.reviewed']);
    expect(events[2].payload).toMatchObject({ outcome: 'complete', status: 'completed', nextReviewOn: null });
    const text = await outboxText(ds);
    for (const secret of [GOAL, 'Attendance improving', 'Goals met', 'weekly, 30 minutes']) expect(text).not.toContain(secret);
  });

  it('lists overdue reviews at the exact boundary of the district calendar (local midnight after the due date)', async () => {
    const campusId = 'campus-overdue-01';
    const due = (await start(plan('S5000003', { campusId, nextReviewOn: '2026-12-01' }))).body;
    const later = (await start(plan('S5000003', { campusId, nextReviewOn: '2026-12-02' }))).body;
    const ended = (await start(plan('S5000003', { campusId, nextReviewOn: '2026-11-01' }))).body;
    await http.post(`/support-plans/${ended.id}/reviews`).set('authorization', clinician).send({ outcome: 'discontinue', summary: 'Moved away.' }).expect(201);

    const overdueAt = async (asOf: string) =>
      (await http.get('/support-plans/overdue-reviews').query({ asOf, campusId }).set('authorization', clinician).expect(200)).body;
    // 2026-12-02T06:00Z is midnight in America/Chicago (CST, UTC-6).
    const before = await overdueAt('2026-12-02T05:59:59.999Z');
    expect(before).toEqual({ asOf: '2026-12-02T05:59:59.999Z', today: '2026-12-01', items: [] });
    const at = await overdueAt('2026-12-02T06:00:00.000Z');
    expect(at.today).toBe('2026-12-02');
    expect(at.items).toEqual([{ planId: due.id, studentId: 'S5000003', campusId, assignedClinicianId: 'clinician-3', nextReviewOn: '2026-12-01', daysOverdue: 1 }]);
    const week = await overdueAt('2026-12-09T12:00:00.000Z');
    expect(week.items.map((i: { planId: string; daysOverdue: number }) => [i.planId, i.daysOverdue])).toEqual([
      [due.id, 8],
      [later.id, 7],
    ]);
    // Without asOf: judged now.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const nowCampus = 'campus-overdue-02';
    const past = (await start(plan('S5000003', { campusId: nowCampus, nextReviewOn: day(-3) }))).body;
    await start(plan('S5000003', { campusId: nowCampus, nextReviewOn: day(3) }));
    const now = (await http.get('/support-plans/overdue-reviews').query({ campusId: nowCampus }).set('authorization', clinician).expect(200)).body;
    expect(Math.abs(Date.parse(now.asOf) - Date.now())).toBeLessThan(60_000);
    expect(now.items.map((i: { planId: string }) => i.planId)).toEqual([past.id]);
    const bad = await http.get('/support-plans/overdue-reviews').query({ asOf: 'yesterday' }).set('authorization', clinician).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'asOf' })]);
    await http.get('/support-plans/overdue-reviews').set('authorization', await as(svc, 'officer')).expect(403);
  });

  it('R3a R10 R8: police read a plan only under a consent naming them; otherwise exactly like a missing plan', async () => {
    const p = (await start(plan('S5000003', { interventions: [{ type: 'mentoring' }] }))).body;
    const officer = await as(svc, 'officer', 'officer-51');
    const missingId = randomUUID();
    const denied = await http.get(`/support-plans/${p.id}`).set('authorization', officer).expect(404);
    const missing = await http.get(`/support-plans/${missingId}`).set('authorization', officer).expect(404);
    const strip = (b: Record<string, unknown>, id: string) => JSON.parse(JSON.stringify({ ...b, correlationId: undefined }).replaceAll(id, '<id>'));
    expect(strip(denied.body, p.id)).toEqual(strip(missing.body, missingId));
    expect(denied.body.code).toBe('SUPPORT_PLAN.NOT_FOUND');

    // The adult student consents to the police seeing the plan for co-response.
    await ds.query(
      `INSERT INTO consent (student_id, signer_role, signer_id, signed_at, classes, purposes, recipients, effective_from, expires_at, recorded_by, recorded_at)
       VALUES ('S5000003', 'student', 'S5000003', now() - interval '1 hour', '{EDU-CLIN}', '{co-response}', '[{"unit":"police"}]',
               now() - interval '1 hour', now() + interval '30 days', 'clinician-3', now())`,
    );
    const shown = await http.get(`/support-plans/${p.id}`).set('authorization', officer).expect(200);
    expect(shown.body).toMatchObject({ id: p.id, goals: [{ description: GOAL, targetOn: '2027-01-29' }], redisclosure: 'prohibited' });
    await http.get(`/support-plans/${p.id}`).query({ purpose: 'investigation' }).set('authorization', officer).expect(404);
  });

  it('writes only events that pass their contract schemas', async () => {
    expect(await outboxSchemaProblems(ds)).toEqual([]);
  });
});
