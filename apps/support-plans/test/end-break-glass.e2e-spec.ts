import { randomUUID } from 'node:crypto';
import type { Role } from '#contracts';
import { startTestService, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { bornYearsAgo, ConsentApi } from './consent-helpers.js';
import { outboxSchemaProblems } from './support/fixtures.js';

const THREAT = 'Student posted a specific threat to bring a weapon to campus today.';
const WHY = 'Responding officers need the safety plan and clinical context to de-escalate.';
const OVER = 'The student is safe at home with a guardian; the emergency is over.';
const PROJECTION_TOPIC = 'support.police-projection.v1';

describe('support-plans: ending a break-the-glass grant early (R6, R10)', () => {
  let svc: TestService;
  let api: ConsentApi;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    api = new ConsentApi(svc);
    for (const s of ['S5100001', 'S5100002', 'S5100003']) await api.registerStudent(s, bornYearsAgo(15));
  });
  afterAll(() => svc?.close());

  const breakGlass = async (studentId: string, recipients: object[] = [], sub = 'officer-7') =>
    (
      await api.http
        .post(`/students/${studentId}/break-the-glass`)
        .set('authorization', await api.bearer(['officer'], sub))
        .send({ threat: THREAT, justification: WHY, recipients })
        .expect(201)
    ).body as { id: string; expiresAt: string };

  const end = async (id: string, roles: Role[], sub: string, body: object = { reason: OVER }) =>
    api.http.post(`/break-the-glass/${id}/end`).set('authorization', await api.bearer(roles, sub)).send(body);

  /** What a caller without access gets: the problem body without the per-request fields. */
  const denial = (res: { status: number; headers: Record<string, string>; body: Record<string, unknown> }) => {
    const { instance: _instance, correlationId: _correlationId, ...rest } = res.body;
    return { status: res.status, contentType: res.headers['content-type'], body: rest };
  };

  it('R6 R10: an officer reads under the grant, ends it, and is then denied exactly as for a referral that does not exist', async () => {
    const referral = await api.createReferral('S5100001');
    const grant = await breakGlass('S5100001', [{ personId: 'officer-9' }, { unit: 'police' }]);
    const read = (id: string) => api.readReferral(id, ['officer'], 'officer-9', '?purpose=safety-emergency');
    expect((await read(referral.id)).status).toBe(200);
    const [published] = await api.outbox(`topic = $1 AND type = 'support.police-projection.published' AND payload->>'studentId' = 'S5100001'`, [PROJECTION_TOPIC]);
    expect(published.payload).toMatchObject({ purpose: 'safety-emergency', grantIds: [grant.id] });

    const ended = await end(grant.id, ['officer'], 'officer-7');
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ id: grant.id, active: false, endedBy: 'officer-7', endedByRole: 'officer', endReason: OVER, expiresAt: grant.expiresAt });
    expect(Date.parse(ended.body.endedAt)).toBeLessThan(Date.parse(grant.expiresAt));

    const after = await read(referral.id);
    const missing = await read(randomUUID());
    expect(after.status).toBe(404);
    expect(denial(after)).toEqual(denial(missing));
    expect(after.headers['content-type']).toMatch(/^application\/problem\+json/);
    // The grantee too, not only the recipient.
    expect((await api.readReferral(referral.id, ['officer'], 'officer-7', '?purpose=safety-emergency')).status).toBe(404);

    // What the grant opened on the police topic is withdrawn in the same transaction.
    const withdrawn = await api.outbox(`type = 'support.police-projection.withdrawn' AND key = $1`, [published.key]);
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0].payload).toEqual({ projectionId: published.key, withdrawnAt: ended.body.endedAt, districtId: 'dev' });
    const [row] = await api.ds.query(`SELECT active FROM police_projection WHERE projection_id = $1`, [published.key]);
    expect(row.active).toBe(false);
  });

  it('R6: who, when and why are recorded on the grant and published to clinical supervisors', async () => {
    const grant = await breakGlass('S5100002');
    const ended = await end(grant.id, ['bh-director'], 'bh-director-1', { reason: 'Reviewed: no articulable threat remained.' });
    expect(ended.status).toBe(200);
    const [row] = await api.ds.query(`SELECT revoked_at, ended_by, ended_by_role, end_reason FROM break_glass_grant WHERE id = $1`, [grant.id]);
    expect(row).toEqual({ revoked_at: new Date(ended.body.endedAt), ended_by: 'bh-director-1', ended_by_role: 'bh-director', end_reason: 'Reviewed: no articulable threat remained.' });

    const events = await api.outbox(`type = 'support.break-glass.ended' AND key = $1`, [grant.id]);
    expect(events).toEqual([
      {
        topic: 'support.break-glass.v1',
        type: 'support.break-glass.ended',
        key: grant.id,
        payload: { grantId: grant.id, studentId: 'S5100002', endedBy: 'bh-director-1', endedByRole: 'bh-director', reason: 'Reviewed: no articulable threat remained.', endedAt: ended.body.endedAt, expiresAt: grant.expiresAt, districtId: 'dev' },
      },
    ]);

    const director = await api.bearer(['bh-director']);
    const active = await api.http.get('/break-the-glass?active=true').set('authorization', director).expect(200);
    expect(active.body.map((g: { id: string }) => g.id)).not.toContain(grant.id);
    const all = await api.http.get('/break-the-glass').set('authorization', director).expect(200);
    expect(all.body.find((g: { id: string }) => g.id === grant.id)).toMatchObject({ active: false, endedBy: 'bh-director-1', endedAt: ended.body.endedAt });
  });

  it('409 when already ended (the first end stands) or already expired', async () => {
    const grant = await breakGlass('S5100003');
    expect((await end(grant.id, ['admin'], 'admin-1')).status).toBe(200);
    const again = await end(grant.id, ['officer'], 'officer-7', { reason: 'Ending it a second time.' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'BREAK_GLASS.ALREADY_ENDED', status: 409 });
    const [row] = await api.ds.query(`SELECT ended_by, end_reason FROM break_glass_grant WHERE id = $1`, [grant.id]);
    expect(row).toEqual({ ended_by: 'admin-1', end_reason: OVER });
    expect(await api.outbox(`type = 'support.break-glass.ended' AND key = $1`, [grant.id])).toHaveLength(1);

    const lapsed = await breakGlass('S5100003');
    // Moved into the past, as if issued a day ago: expiry is the clock's job, not this endpoint's.
    await api.ds.query(`UPDATE break_glass_grant SET issued_at = now() - interval '25 hours', expires_at = now() - interval '1 hour' WHERE id = $1`, [lapsed.id]);
    const expired = await end(lapsed.id, ['officer'], 'officer-7');
    expect(expired.status).toBe(409);
    expect(expired.body.code).toBe('BREAK_GLASS.EXPIRED');
  });

  it('403 for a role that can never end a grant; 404 (as for an unknown grant) for someone else\'s', async () => {
    const grant = await breakGlass('S5100003', [{ personId: 'officer-9' }]);
    for (const roles of [['analyst'], ['system']] as Role[][]) {
      const res = await end(grant.id, roles, 'someone');
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('AUTH.FORBIDDEN');
    }
    const unknown = await end(randomUUID(), ['officer'], 'officer-9');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('BREAK_GLASS.NOT_FOUND');
    // A recipient or another clinician did not break the glass: it is not theirs to end.
    for (const [roles, sub] of [[['officer'], 'officer-9'], [['clinician'], 'clinician-1'], [['police-chief'], 'chief-1']] as [Role[], string][]) {
      expect(denial(await end(grant.id, roles, sub))).toEqual(denial(unknown));
    }
    expect((await end(grant.id, ['officer'], 'officer-7', { reason: '   ' })).status).toBe(400);
    expect((await end(grant.id, ['officer'], 'officer-7', {})).status).toBe(400);
    expect((await end('not-a-uuid', ['officer'], 'officer-7')).status).toBe(400);
    // Still in force after all of that.
    const [row] = await api.ds.query(`SELECT revoked_at FROM break_glass_grant WHERE id = $1`, [grant.id]);
    expect(row.revoked_at).toBeNull();
  });

  it('writes only events that pass their contract schemas', async () => {
    expect(await outboxSchemaProblems(api.ds)).toEqual([]);
  });
});
