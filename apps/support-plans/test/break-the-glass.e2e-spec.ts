import { startTestService, type TestService } from '#testing';
import { ConsentGate } from '../src/consent-gate/data/consent-gate.js';
import { referralRecord } from '../src/referrals/data/referral-record.js';
import { Referral } from '../src/referrals/data/referral.entity.js';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { bornYearsAgo, ConsentApi, HOUR } from './consent-helpers.js';

const THREAT = 'Student posted a specific threat to bring a weapon to campus today.';
const WHY = 'Responding officers need the safety plan and clinical context to de-escalate.';

describe('support-plans: break-the-glass (R6)', () => {
  let svc: TestService;
  let api: ConsentApi;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    api = new ConsentApi(svc);
    await api.registerStudent('S5000001', bornYearsAgo(15));
    await api.registerStudent('S5000002', bornYearsAgo(15));
  });
  afterAll(() => svc?.close());

  const breakGlass = async (studentId: string, body: Record<string, unknown>, sub = 'officer-7') =>
    api.http.post(`/students/${studentId}/break-the-glass`).set('authorization', await api.bearer(['officer'], sub)).send(body);

  it('R6: needs a written threat and justification (422 listing both), and the fields themselves (400)', async () => {
    const short = await breakGlass('S5000001', { threat: 'threat', justification: 'need it', recipients: [] });
    expect(short.status).toBe(422);
    expect(short.body).toMatchObject({ code: 'BREAK_GLASS.INVALID', ruleIds: ['R6'] });
    expect(short.body.problems).toEqual(['the threat must be written (at least 10 characters)', 'the justification must be written (at least 10 characters)']);
    const missing = await breakGlass('S5000001', { threat: THREAT, recipients: [] });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('justification');
  });

  it('R6: time-boxed to 24 h by default, shorter on request, never beyond 72 h', async () => {
    const grant = await breakGlass('S5000001', { threat: THREAT, justification: WHY, recipients: [{ personId: 'officer-8' }] });
    expect(grant.status).toBe(201);
    expect(new Date(grant.body.expiresAt).getTime() - new Date(grant.body.issuedAt).getTime()).toBe(24 * HOUR);
    expect(grant.body).toMatchObject({ studentId: 'S5000001', grantee: 'officer-7', granteeRole: 'officer', classes: ['EDU-SAFETY', 'EDU-CLIN'], active: true });
    const brief = await breakGlass('S5000001', { threat: THREAT, justification: WHY, recipients: [], durationMinutes: 90 });
    expect(new Date(brief.body.expiresAt).getTime() - new Date(brief.body.issuedAt).getTime()).toBe(90 * 60_000);
    const long = await breakGlass('S5000001', { threat: THREAT, justification: WHY, recipients: [], durationMinutes: 73 * 60 });
    expect(long.status).toBe(422);
    expect(long.body.problems).toEqual(['a grant lasts more than 0 and at most 72 h']);
  });

  it('R6 R7: opens one student to the grantee and the named recipients, for safety-emergency, never PSY-NOTE or SUD; every read logged with the threat', async () => {
    const referral = await api.createReferral('S5000001');
    const other = await api.createReferral('S5000002');
    const grant = await breakGlass('S5000001', { threat: THREAT, justification: WHY, recipients: [{ personId: 'officer-9' }] });
    for (const sub of ['officer-7', 'officer-9']) {
      const res = await api.readReferral(referral.id, ['officer'], sub, '?purpose=safety-emergency');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ reason: expect.any(String), safetyFlag: true, redisclosure: 'prohibited' });
      expect(res.body).not.toHaveProperty('clinicalNote');
      expect(res.body).not.toHaveProperty('substanceUse');
    }
    expect((await api.readReferral(referral.id, ['officer'], 'officer-10', '?purpose=safety-emergency')).status).toBe(404);
    expect((await api.readReferral(referral.id, ['officer'], 'officer-9', '?purpose=co-response')).status).toBe(404);
    expect((await api.readReferral(other.id, ['officer'], 'officer-9', '?purpose=safety-emergency')).status).toBe(404);
    const logged = (await api.disclosures('S5000001')).filter((d) => d.entry.basis.kind === 'emergency');
    expect(logged.map((d) => d.entry.toWhom.id)).toEqual(expect.arrayContaining(['officer-7', 'officer-9']));
    expect(logged.find((d) => d.entry.basis.id === grant.body.id)!.entry).toMatchObject({ threat: THREAT, grantRecipients: [{ personId: 'officer-9' }], exempt: false, purpose: 'safety-emergency' });
  });

  it('R6: denied from the expiry instant on (the gate with the service tables, time passed in)', async () => {
    const grant = await breakGlass('S5000002', { threat: THREAT, justification: WHY, recipients: [] });
    const gate = svc.app.get(ConsentGate);
    const row = (await api.ds.getRepository(Referral).findOneByOrFail({ studentId: 'S5000002' }))!;
    const rec = referralRecord(row);
    const read = (now: Date) =>
      api.ds.transaction((em) =>
        gate.read(em, { recordType: 'referral', record: rec.data, recordFacts: { studentId: 'S5000002', ...rec.record }, requester: { sub: 'officer-7', roles: ['officer'], districtId: 'dev' }, purpose: 'safety-emergency', notFound: { code: 'REFERRAL.NOT_FOUND', detail: 'No such referral' } }, now),
      );
    const expiresAt = new Date(grant.body.expiresAt);
    await expect(read(new Date(expiresAt.getTime() - 1))).resolves.toMatchObject({ data: { safetyFlag: true } });
    await expect(read(expiresAt)).rejects.toMatchObject({ status: 404, code: 'REFERRAL.NOT_FOUND' });
    await expect(read(new Date(expiresAt.getTime() + HOUR))).rejects.toMatchObject({ status: 404 });
  });

  it('R6: clinical supervisors are told: support.break-glass.granted on a clinical-only topic, and the review list', async () => {
    const events = await api.outbox(`type = 'support.break-glass.granted'`);
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(events[0].topic).toBe('support.break-glass.v1');
    expect(events[0].payload).toMatchObject({ studentId: 'S5000001', grantee: 'officer-7', threat: THREAT, justification: WHY, recipients: ['person:officer-7', 'person:officer-8'] });
    expect(JSON.stringify(events)).not.toMatch(/MARKER/);
    const list = await api.http.get('/break-the-glass?active=true').set('authorization', await api.bearer(['bh-director'])).expect(200);
    expect(list.body.length).toBe(events.length);
    expect(list.body.every((g: { active: boolean }) => g.active)).toBe(true);
    await api.http.get('/break-the-glass').set('authorization', await api.bearer(['officer'])).expect(403);
  });

  it('R6: a district system cannot break the glass (a person must)', async () => {
    const res = await api.http.post('/students/S5000001/break-the-glass').set('authorization', await api.bearer(['system'])).send({ threat: THREAT, justification: WHY, recipients: [] });
    expect(res.status).toBe(403);
  });
});
