import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestService, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { as, outboxSchemaProblems } from './support/fixtures.js';

const body = (studentId: string) => ({
  studentId,
  campusId: 'campus-hs-01',
  source: 'staff',
  reason: 'Teacher reports the student has stopped eating lunch and sits alone (synthetic).',
});

describe('support-plans: referral decisions (real PostgreSQL)', () => {
  let svc: TestService;
  let ds: DataSource;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    ds = svc.db;
    http = request(svc.app.getHttpServer());
  });
  afterAll(() => svc?.close());

  const create = async (studentId = 'S3000001') =>
    (await http.post('/referrals').set('authorization', await as(svc, 'clinician', 'clinician-1')).send(body(studentId)).expect(201)).body.id as string;
  const decide = async (id: string, action: 'accept' | 'decline', payload: object, status: number, sub = 'clinician-3') =>
    http.post(`/referrals/${id}/${action}`).set('authorization', await as(svc, 'clinician', sub)).send(payload).expect(status);
  const events = async (id: string) =>
    (await ds.query(`SELECT type, payload FROM outbox WHERE key = $1 AND type LIKE 'support.referral.%' ORDER BY id`, [id])) as { type: string; payload: Record<string, unknown> }[];

  it('accepts a received referral, assigns the clinician, and publishes support.referral.accepted without the note', async () => {
    const id = await create();
    const res = await decide(id, 'accept', { note: 'Intake offered for Thursday at 10.' }, 200);
    expect(res.body).toMatchObject({ id, status: 'accepted', decidedBy: 'clinician-3', assignedClinicianId: 'clinician-3', declineReason: null, decidedAt: expect.any(String) });
    expect(res.body).not.toHaveProperty('reason');
    const evs = await events(id);
    expect(evs.map((e) => e.type)).toEqual(['support.referral.received', 'support.referral.accepted']);
    expect(evs[1].payload).toEqual({
      referralId: id,
      studentId: 'S3000001',
      campusId: 'campus-hs-01',
      source: 'staff',
      incidentId: null,
      decidedBy: 'clinician-3',
      decidedAt: res.body.decidedAt,
      assignedClinicianId: 'clinician-3',
      districtId: 'dev',
    });
    expect(JSON.stringify(evs)).not.toContain('Thursday');
    const delegated = await decide(await create(), 'accept', { assignedClinicianId: 'clinician-8' }, 200, 'bh-lead');
    expect(delegated.body).toMatchObject({ decidedBy: 'bh-lead', assignedClinicianId: 'clinician-8' });
  });

  it('declines with a categorical reason; the note stays in the service', async () => {
    const id = await create();
    const res = await decide(id, 'decline', { reason: 'already-in-services', note: 'Seen weekly by a community provider.' }, 200);
    expect(res.body).toMatchObject({ status: 'declined', declineReason: 'already-in-services', assignedClinicianId: null });
    const [, declined] = await events(id);
    expect(declined).toMatchObject({ type: 'support.referral.declined', payload: { declineReason: 'already-in-services' } });
    expect(JSON.stringify(declined)).not.toContain('community provider');
    const [row] = await ds.query(`SELECT decision_note FROM referral WHERE id = $1`, [id]);
    expect(row.decision_note).toBe('Seen weekly by a community provider.');
  });

  it('409 REFERRAL.ILLEGAL_TRANSITION for a second decision, whichever it is', async () => {
    const accepted = await create();
    await decide(accepted, 'accept', {}, 200);
    for (const [action, payload] of [['accept', {}], ['decline', { reason: 'duplicate' }]] as const) {
      const res = await decide(accepted, action, payload, 409);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 409, code: 'REFERRAL.ILLEGAL_TRANSITION', referralStatus: 'accepted' });
    }
    const declined = await create();
    await decide(declined, 'decline', { reason: 'duplicate' }, 200);
    expect((await decide(declined, 'accept', {}, 409)).body.referralStatus).toBe('declined');
    const missing = await decide(randomUUID(), 'accept', {}, 404);
    expect(missing.body.code).toBe('REFERRAL.NOT_FOUND');
  });

  it('lets exactly one of many concurrent decisions win', async () => {
    const id = await create();
    const tokens = await Promise.all(Array.from({ length: 8 }, (_, i) => as(svc, 'clinician', `clinician-${10 + i}`)));
    const results = await Promise.all(
      tokens.map((t, i) =>
        http
          .post(`/referrals/${id}/${i % 2 ? 'decline' : 'accept'}`)
          .set('authorization', t)
          .send(i % 2 ? { reason: 'no-clinical-need' } : {}),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const decisions = (await events(id)).filter((e) => e.type !== 'support.referral.received');
    expect(decisions).toHaveLength(1);
    expect(decisions[0].payload.decidedBy).toBe(winner.body.decidedBy);
    for (const loser of results.filter((r) => r.status === 409)) expect(loser.body.referralStatus).toBe(winner.body.status);
  });

  it('400 problem+json for bad decisions', async () => {
    const id = await create();
    const unknown = await decide(id, 'decline', { reason: 'busy' }, 400);
    expect(unknown.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'reason' })] });
    const other = await decide(id, 'decline', { reason: 'other' }, 400);
    expect(new Set(other.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['note']));
    const extra = await decide(id, 'accept', { priority: 'high' }, 400);
    expect(extra.body.code).toBe('REQUEST.VALIDATION_FAILED');
    await http.post('/referrals/not-a-uuid/accept').set('authorization', await as(svc, 'clinician')).send({}).expect(400);
    // Nothing was decided by the bad requests.
    expect((await decide(id, 'accept', {}, 200)).body.status).toBe('accepted');
  });

  it('lists the intake queue oldest first with a stable keyset cursor; police roles are refused', async () => {
    const student = 'S3000099';
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await create(student));
    await decide(ids[2], 'accept', {}, 200);
    const auth = await as(svc, 'clinician');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await http
        .get('/referrals')
        .query({ studentId: student, limit: 2, ...(cursor ? { cursor } : {}) })
        .set('authorization', auth)
        .expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      for (const item of res.body.items) expect(item).not.toHaveProperty('reason');
      seen.push(...res.body.items.map((i: { id: string }) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([ids[0], ids[1], ids[3], ids[4]]);
    const accepted = await http.get('/referrals').query({ studentId: student, status: 'accepted' }).set('authorization', auth).expect(200);
    expect(accepted.body).toEqual({ items: [expect.objectContaining({ id: ids[2], status: 'accepted' })], nextCursor: null });
    const bad = await http.get('/referrals').query({ cursor: 'bm9wZQ' }).set('authorization', auth).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    await http.get('/referrals').query({ limit: 0 }).set('authorization', auth).expect(400);
    for (const role of ['officer', 'police-chief', 'admin'] as const) await http.get('/referrals').set('authorization', await as(svc, role)).expect(403);
  });

  it('writes only events that pass their contract schemas', async () => {
    expect(await outboxSchemaProblems(ds)).toEqual([]);
  });
});
