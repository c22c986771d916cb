import request from 'supertest';
import type { DataSource } from 'typeorm';
import { PLATFORM_DISTRICT_ID, SharingAgreementChangedEvent, SharingAgreementRecordedEvent, STAFFING_SHARING_AGREEMENT_TOPIC } from '#contracts';
import type { LocalKafka } from '#devkit';
import { SharingAgreements } from '#platform';
import { districtDataSource, eventually, startTestBroker, startTestService, testBrokerEnv, TEST_AUDIENCE, type TestService } from '#testing';
import { staffingDefinition } from '../src/staffing.definition.js';

// Issue 19 item 4: sharing agreements between districts, recorded by the platform-admin through REST,
// stored in the platform tenant and published on staffing.sharing-agreement.v1 (real broker and relay).
describe('staffing: sharing agreements', () => {
  let broker: LocalKafka;
  let svc: TestService;
  let platform: DataSource;
  let admin: string;
  const http = () => request(svc.app.getHttpServer());
  const body = (over: Record<string, unknown> = {}) => ({
    providerDistrictId: 'elpaso-isd',
    receiverDistrictId: 'canutillo-isd',
    campusIds: ['cn-hs-01'],
    shares: ['on-call-clinicians'],
    effectiveFrom: '2026-12-01T06:00:00Z',
    effectiveUntil: '2027-06-01T05:00:00Z',
    ...over,
  });
  const register = (districtId: string, campusIds: string[]) =>
    http()
      .post('/districts')
      .set('Authorization', admin)
      .send({
        districtId,
        name: districtId,
        issuer: `https://idp.${districtId}.example/`,
        jwksUrl: `https://idp.${districtId}.example/jwks.json`,
        audience: TEST_AUDIENCE,
        timeZone: 'America/Denver',
        pseudonymKeyId: `${districtId}-1`,
        campusIds,
      })
      .expect(201);
  const events = (agreementId: string) =>
    platform.query(`SELECT topic, type, district_id, headers->>'ce_districtid' AS header, payload, sent_at FROM outbox WHERE key = $1 ORDER BY id`, [agreementId]);

  beforeAll(async () => {
    broker = await startTestBroker();
    svc = await startTestService(staffingDefinition, testBrokerEnv(broker));
    platform = await districtDataSource(svc.app, PLATFORM_DISTRICT_ID);
    admin = await svc.idp.bearer(['platform-admin'], 'ops-1');
    await register('elpaso-isd', ['ep-hs-01']);
    await register('canutillo-isd', ['cn-hs-01', 'cn-ms-02']);
  }, 120_000);
  afterAll(async () => {
    await platform?.destroy();
    await svc?.close();
    await broker?.stop();
  });

  it('401 without a token, 403 for district roles', async () => {
    await http().post('/sharing-agreements').send(body()).expect(401);
    const res = await http().post('/sharing-agreements').set('Authorization', await svc.idp.bearer(['admin'])).send(body()).expect(403);
    expect(res.body.code).toBe('AUTH.FORBIDDEN');
    await http().get('/sharing-agreements').set('Authorization', await svc.idp.bearer(['system'])).expect(403);
  });

  it.each([
    ['the reserved id platform as a party', { providerDistrictId: PLATFORM_DISTRICT_ID }],
    ['a bad district id', { receiverDistrictId: 'can utillo' }],
    ['no campuses', { campusIds: [] }],
    ['a repeated campus', { campusIds: ['cn-hs-01', 'cn-hs-01'] }],
    ['no shares', { shares: [] }],
    ['an unknown share', { shares: ['nurses'] }],
    ['a repeated share', { shares: ['co-responders', 'co-responders'] }],
    ['a date-time without offset', { effectiveFrom: '2026-12-01T06:00:00' }],
    ['a date for effectiveUntil', { effectiveUntil: '2027-06-01' }],
  ])('400 REQUEST.VALIDATION_FAILED for %s', async (_label, over) => {
    const res = await http().post('/sharing-agreements').set('Authorization', admin).send(body(over)).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
  });

  it.each([
    ['a provider not in the registry', { providerDistrictId: 'austin-isd' }, 'SHARING_AGREEMENT.UNKNOWN_DISTRICT'],
    ['a receiver not in the registry', { receiverDistrictId: 'austin-isd' }, 'SHARING_AGREEMENT.UNKNOWN_DISTRICT'],
    ['the same district on both sides', { providerDistrictId: 'canutillo-isd' }, 'SHARING_AGREEMENT.SAME_DISTRICT'],
    ["a campus of the provider, not the receiver's", { campusIds: ['cn-hs-01', 'ep-hs-01'] }, 'SHARING_AGREEMENT.CAMPUS_NOT_RECEIVERS'],
    ['effectiveUntil before effectiveFrom', { effectiveUntil: '2026-11-01T00:00:00Z' }, 'SHARING_AGREEMENT.PERIOD_EMPTY'],
    ['effectiveUntil equal to effectiveFrom (another offset)', { effectiveUntil: '2026-12-01T00:00:00-06:00' }, 'SHARING_AGREEMENT.PERIOD_EMPTY'],
  ])('422 for %s', async (_label, over, code) => {
    const res = await http().post('/sharing-agreements').set('Authorization', admin).send(body(over)).expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe(code);
    expect(await platform.query(`SELECT count(*)::int AS n FROM sharing_agreement`)).toEqual([{ n: 0 }]);
  });

  let agreementId: string;
  const recorded = {
    providerDistrictId: 'elpaso-isd',
    receiverDistrictId: 'canutillo-isd',
    campusIds: ['cn-hs-01'],
    shares: ['on-call-clinicians'],
    effectiveFrom: '2026-12-01T06:00:00.000Z',
    effectiveUntil: '2027-06-01T05:00:00.000Z',
    endedAt: null,
  };

  it('201 records it in the platform tenant with its event in the same transaction; the relay puts it on the topic', async () => {
    const res = await http().post('/sharing-agreements').set('Authorization', admin).send(body()).expect(201);
    agreementId = res.body.agreementId;
    expect(res.body).toEqual({ agreementId: expect.any(String), ...recorded, createdAt: expect.any(String), updatedAt: expect.any(String) });
    const [event] = await events(agreementId);
    expect(event).toMatchObject({
      topic: STAFFING_SHARING_AGREEMENT_TOPIC,
      type: SharingAgreementRecordedEvent.type,
      district_id: PLATFORM_DISTRICT_ID,
      header: PLATFORM_DISTRICT_ID,
      payload: { agreementId, ...recorded },
    });
    // Platform data is no district's: the first district sees neither the agreement nor its event.
    expect(await svc.db.query(`SELECT count(*)::int AS n FROM outbox WHERE key = $1`, [agreementId])).toEqual([{ n: 0 }]);
    expect(await svc.db.query(`SELECT count(*)::int AS n FROM sharing_agreement`)).toEqual([{ n: 0 }]);
    // This replica applies it at once (no waiting for its own topic).
    expect(svc.app.get(SharingAgreements).get(agreementId)).toEqual({ agreementId, ...recorded });
    // Published to the real broker (the relay marks it sent once Kafka acknowledged it).
    await eventually(async () => (await events(agreementId))[0].sent_at, (sent) => sent !== null);
  });

  it("accepts any campus of the deployment's own district (it has no registry campus list)", async () => {
    const res = await http()
      .post('/sharing-agreements')
      .set('Authorization', admin)
      .send(body({ providerDistrictId: 'canutillo-isd', receiverDistrictId: 'dev', campusIds: ['rr-hs-09'], shares: ['co-responders'], effectiveUntil: null }))
      .expect(201);
    expect(res.body).toMatchObject({ providerDistrictId: 'canutillo-isd', receiverDistrictId: 'dev', campusIds: ['rr-hs-09'], effectiveUntil: null });
  });

  it('GET reads it (200), 404 SHARING_AGREEMENT.NOT_FOUND for an unknown id, 400 for a non-uuid', async () => {
    const res = await http().get(`/sharing-agreements/${agreementId}`).set('Authorization', admin).expect(200);
    expect(res.body).toMatchObject({ agreementId, ...recorded });
    const missing = await http().get('/sharing-agreements/3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b').set('Authorization', admin).expect(404);
    expect(missing.body.code).toBe('SHARING_AGREEMENT.NOT_FOUND');
    await http().get('/sharing-agreements/not-a-uuid').set('Authorization', admin).expect(400);
  });

  it('lists all, or those a district is party to on either side', async () => {
    const ids = async (query: string) =>
      (await http().get(`/sharing-agreements${query}`).set('Authorization', admin).expect(200)).body.map((a: { receiverDistrictId: string }) => a.receiverDistrictId);
    expect(await ids('')).toEqual(['canutillo-isd', 'dev']);
    expect(await ids('?districtId=elpaso-isd')).toEqual(['canutillo-isd']);
    expect(await ids('?districtId=canutillo-isd')).toEqual(['canutillo-isd', 'dev']);
    expect(await ids('?districtId=dev')).toEqual(['dev']);
    expect(await ids('?districtId=austin-isd')).toEqual([]);
    await http().get('/sharing-agreements?districtId=el%20paso').set('Authorization', admin).expect(400);
  });

  it('PUT replaces campuses, shares and dates and publishes staffing.sharing-agreement.changed; 404 unknown, 422 for a foreign campus', async () => {
    const terms = { campusIds: ['cn-hs-01', 'cn-ms-02'], shares: ['on-call-clinicians', 'co-responders'], effectiveFrom: '2026-12-01T06:00:00Z', effectiveUntil: null };
    const res = await http().put(`/sharing-agreements/${agreementId}`).set('Authorization', admin).send(terms).expect(200);
    const changed = { ...recorded, campusIds: terms.campusIds, shares: terms.shares, effectiveUntil: null };
    expect(res.body).toMatchObject({ agreementId, ...changed });
    expect(Date.parse(res.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(res.body.createdAt));
    const published = await events(agreementId);
    expect(published.map((e: { type: string }) => e.type)).toEqual([SharingAgreementRecordedEvent.type, SharingAgreementChangedEvent.type]);
    expect(published[1]).toMatchObject({ header: PLATFORM_DISTRICT_ID, payload: { agreementId, ...changed } });
    expect(svc.app.get(SharingAgreements).get(agreementId)).toEqual({ agreementId, ...changed });

    const missing = await http().put('/sharing-agreements/3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b').set('Authorization', admin).send(terms).expect(404);
    expect(missing.body.code).toBe('SHARING_AGREEMENT.NOT_FOUND');
    const foreign = await http().put(`/sharing-agreements/${agreementId}`).set('Authorization', admin).send({ ...terms, campusIds: ['ep-hs-01'] }).expect(422);
    expect(foreign.body.code).toBe('SHARING_AGREEMENT.CAMPUS_NOT_RECEIVERS');
    await http().put(`/sharing-agreements/${agreementId}`).set('Authorization', admin).send({ ...terms, shares: [] }).expect(400);
    await http().put(`/sharing-agreements/${agreementId}`).set('Authorization', await svc.idp.bearer(['admin'])).send(terms).expect(403);
  });

  it('POST .../end ends it now (changed event with endedAt); a second end, or a change after it, is 409 SHARING_AGREEMENT.ENDED', async () => {
    const before = Date.now();
    const res = await http().post(`/sharing-agreements/${agreementId}/end`).set('Authorization', admin).expect(200);
    expect(Date.parse(res.body.endedAt)).toBeGreaterThanOrEqual(before - 1000);
    const last = (await events(agreementId)).at(-1);
    expect(last).toMatchObject({ type: SharingAgreementChangedEvent.type, header: PLATFORM_DISTRICT_ID, payload: { agreementId, endedAt: res.body.endedAt } });
    // Not in force from now on, in this replica at once.
    const inForce = svc.app.get(SharingAgreements).inForce({ receiverDistrictId: 'canutillo-isd', share: 'on-call-clinicians', at: new Date('2027-01-15T12:00:00Z') });
    expect(inForce.map((a) => a.agreementId)).not.toContain(agreementId);

    const again = await http().post(`/sharing-agreements/${agreementId}/end`).set('Authorization', admin).expect(409);
    expect(again.body.code).toBe('SHARING_AGREEMENT.ENDED');
    const change = await http()
      .put(`/sharing-agreements/${agreementId}`)
      .set('Authorization', admin)
      .send({ campusIds: ['cn-hs-01'], shares: ['co-responders'], effectiveFrom: '2026-12-01T06:00:00Z' })
      .expect(409);
    expect(change.body.code).toBe('SHARING_AGREEMENT.ENDED');
    const missing = await http().post('/sharing-agreements/3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b/end').set('Authorization', admin).expect(404);
    expect(missing.body.code).toBe('SHARING_AGREEMENT.NOT_FOUND');
    await eventually(async () => (await events(agreementId)).every((e: { sent_at: unknown }) => e.sent_at !== null), (all) => all);
  });
});
