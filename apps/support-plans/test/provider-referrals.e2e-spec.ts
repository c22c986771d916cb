import request from 'supertest';
import { DataSource } from 'typeorm';
import { DEFAULT_POLICY } from '#consent';
import { startTestService, testDatabaseUrl, type TestService } from '#testing';
import { runDisclosuresVerify } from '../src/disclosures/verify-disclosures/verify-command.js';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { ADULT_DOB, as, registerStudent } from './support/fixtures.js';

const HOUR = 3_600_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

describe('support-plans: outbound referrals to community providers (R4, R5, R7), closed loop', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  let clinician: string;
  let planId: string;
  const providers: Record<string, string> = {};

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    http = request(svc.app.getHttpServer());
    clinician = await as(svc, 'clinician', 'clinician-3');
    const director = await as(svc, 'bh-director', 'bh-director-1');
    await registerStudent(svc, 'S7300001', ADULT_DOB);
    planId = (await http.post('/support-plans').set('authorization', clinician)
      .send({ studentId: 'S7300001', campusId: 'campus-hs-01', goals: [{ description: 'Synthetic goal.' }], interventions: [{ type: 'community-referral' }], nextReviewOn: '2027-02-01' })
      .expect(201)).body.id;
    for (const [key, part2Program] of [['counseling', false], ['recovery', true]] as const) {
      providers[key] = (await http.post('/community-providers').set('authorization', director)
        .send({ agency: `${key} agency (synthetic)`, services: [key === 'recovery' ? 'substance-use-treatment' : 'counseling'], part2Program }).expect(201)).body.id;
    }
  });
  afterAll(() => svc?.close());

  /** The adult student's own signed consent naming one provider for treatment. */
  const consentFor = async (providerId: string, over: Record<string, unknown> = {}) =>
    (await http.post('/consents').set('authorization', clinician).send({
      studentId: 'S7300001',
      signer: { role: 'student', id: 'S7300001', signedAt: iso(-HOUR) },
      classes: ['EDU-CLIN'],
      purposes: ['treatment'],
      recipients: [{ personId: `provider:${providerId}` }],
      effectiveFrom: iso(-HOUR),
      expiresAt: iso(30 * 24 * HOUR),
      ...over,
    }).expect(201)).body.id as string;
  const send = (providerId: string) => http.post(`/support-plans/${planId}/provider-referrals`).set('authorization', clinician).send({ providerId });

  it('R4: without a consent naming the provider the referral is refused (422), whatever other consents exist', async () => {
    await consentFor(providers.recovery); // names the other provider only
    const refused = await send(providers.counseling);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'PROVIDER_REFERRAL.CONSENT_REQUIRED', ruleIds: expect.arrayContaining(['R4']) });
    expect(await svc.db.query(`SELECT 1 FROM provider_referral WHERE provider_id = $1`, [providers.counseling])).toEqual([]);
  });

  it('R4, R7: with the consent it is sent, and the disclosure to the provider is in the record of disclosures', async () => {
    const consentId = await consentFor(providers.counseling);
    const sent = await send(providers.counseling);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ planId, providerId: providers.counseling, status: 'sent', consentIds: [consentId], classes: ['EDU-CLIN'], notices: [] });
    const log = await http.get('/students/S7300001/disclosures').set('authorization', await as(svc, 'bh-director')).expect(200);
    expect(log.body).toContainEqual(expect.objectContaining({
      channel: 'referral', toWhom: expect.objectContaining({ id: `provider:${providers.counseling}`, unit: 'community' }), recordId: planId, basis: { kind: 'consent', id: consentId },
    }));
    const out: string[] = [];
    expect(await runDisclosuresVerify({ DATABASE_URL: testDatabaseUrl(), DB_SCHEMA: svc.schema }, (l) => out.push(l), (l) => out.push(l))).toBe(0);
  });

  it('R5: a referral to a 42 CFR Part 2 program carries the 2.32 redisclosure notice', async () => {
    const sent = await send(providers.recovery);
    expect(sent.status).toBe(201);
    expect(sent.body.notices).toEqual([DEFAULT_POLICY.part2RedisclosureNotice]);
  });

  it('tracks status (accepted, first appointment, closed, no-show), refuses illegal moves, and lists referrals awaiting an update', async () => {
    const [first, second] = (await http.get(`/support-plans/${planId}/provider-referrals`).set('authorization', clinician).expect(200)).body;
    const status = (id: string, body: Record<string, unknown>) => http.post(`/provider-referrals/${id}/status`).set('authorization', clinician).send(body);
    expect((await status(first.id, { status: 'first-appointment' })).status).toBe(409);
    expect((await status(first.id, { status: 'accepted' })).body.status).toBe('accepted');
    expect((await status(first.id, { status: 'first-appointment' })).status).toBe(400);
    expect((await status(first.id, { status: 'first-appointment', firstAppointmentOn: '2026-12-10' })).body).toMatchObject({ status: 'first-appointment', firstAppointmentOn: '2026-12-10' });
    expect((await status(first.id, { status: 'closed' })).body.status).toBe('closed');
    expect((await status(first.id, { status: 'accepted' })).body.code).toBe('PROVIDER_REFERRAL.ILLEGAL_TRANSITION');
    expect((await status(second.id, { status: 'no-show' })).body.status).toBe('no-show');

    // Reminder list: a referral nobody has updated for N days.
    const third = (await send(providers.counseling)).body;
    await svc.db.query(`UPDATE provider_referral SET status_changed_at = now() - interval '15 days' WHERE id = $1`, [third.id]);
    const awaiting = await http.get('/provider-referrals/awaiting-update').set('authorization', clinician).expect(200);
    expect(awaiting.body.map((r: { id: string }) => r.id)).toEqual([third.id]);
    expect((await http.get('/provider-referrals/awaiting-update').query({ days: 30 }).set('authorization', clinician).expect(200)).body).toEqual([]);
    expect((await http.get('/provider-referrals/awaiting-update').set('authorization', await as(svc, 'officer', 'officer-7'))).status).toBe(403);
  });
});
