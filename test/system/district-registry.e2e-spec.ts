import request from 'supertest';
import { PLATFORM_DISTRICT_ID } from '#contracts';
import type { LocalKafka as LocalBroker } from '#devkit';
import { DistrictDirectory } from '#platform';
import { districtDataSource, eventually, inDistrict, startTestBroker, startTestService, testBrokerEnv, TEST_AUDIENCE, TestIdentityProvider, type TestService } from '#testing';
import { staffingDefinition } from '../../apps/staffing/src/staffing.definition.js';
import { UnitComplianceHandler } from '../../apps/training/src/compliance/unit-compliance/unit-compliance.handler.js';
import { trainingDefinition } from '../../apps/training/src/training.definition.js';

// Issue 19 items 1 and 7: the platform-admin registers districts at staffing; another service learns
// them from staffing.district.v1, accepts each district's IdP tokens acting in that district only,
// and keeps each district's calendar. Real broker, relay and consumers; real JWKS endpoints.
describe('system: districts registered at staffing are learnt by training over the broker', () => {
  let broker: LocalBroker;
  let staffing: TestService;
  let training: TestService;
  let elPaso: TestIdentityProvider;
  let austin: TestIdentityProvider;
  let servers: { url: string; close(): Promise<void> }[];
  const register = async (districtId: string, idp: TestIdentityProvider, jwksUrl: string, timeZone: string) =>
    request(staffing.app.getHttpServer())
      .post('/districts')
      .set('Authorization', await staffing.idp.bearer(['platform-admin'], 'ops-1'))
      .send({ districtId, name: districtId, issuer: idp.issuer, jwksUrl, audience: TEST_AUDIENCE, timeZone, pseudonymKeyId: `${districtId}-1`, campusIds: [] })
      .expect(201);
  const courses = (auth: string) => request(training.app.getHttpServer()).get('/courses').set('Authorization', auth);

  beforeAll(async () => {
    broker = await startTestBroker();
    const env = testBrokerEnv(broker);
    [staffing, training] = await Promise.all([startTestService(staffingDefinition, env), startTestService(trainingDefinition, env)]);
    elPaso = await TestIdentityProvider.create({ issuer: 'https://idp.episd.example/' });
    austin = await TestIdentityProvider.create({ issuer: 'https://idp.austinisd.example/' });
    servers = [await elPaso.serveJwks(), await austin.serveJwks()];
  }, 120_000);
  afterAll(async () => {
    await Promise.all([staffing?.close(), training?.close(), ...(servers ?? []).map((s) => s.close())]);
    await broker?.stop();
  });

  it("training refuses a district's tokens until it learns the district from the event, then acts in that district only", async () => {
    const theirs = `Bearer ${await elPaso.token(['admin'], 'ep-admin')}`;
    await courses(theirs).expect(401);
    await request(training.app.getHttpServer())
      .post('/courses')
      .set('Authorization', await training.idp.bearer(['admin']))
      .send({ code: 'RR-CIT-40', title: 'Round Rock CIT', category: 'cit', hours: 40 })
      .expect(201);

    await register('elpaso', elPaso, servers[0].url, 'America/Denver');
    await register('austin', austin, servers[1].url, 'America/Chicago');
    await eventually(async () => (await courses(theirs)).status, (s) => s === 200);
    await eventually(async () => training.app.get(DistrictDirectory).get('austin'), (d) => d !== undefined);

    // El Paso sees none of the first district's catalogue, and what it adds is its own.
    expect((await courses(theirs).expect(200)).body).toEqual([]);
    await request(training.app.getHttpServer()).post('/courses').set('Authorization', theirs).send({ code: 'EP-CIT-40', title: 'El Paso CIT', category: 'cit', hours: 40 }).expect(201);
    expect((await courses(theirs).expect(200)).body.map((c: { code: string }) => c.code)).toEqual(['EP-CIT-40']);
    expect((await courses(await training.idp.bearer(['admin'])).expect(200)).body.map((c: { code: string }) => c.code)).toEqual(['RR-CIT-40']);

    // The directory row is platform data in training's schema too, claimed in its inbox there.
    const platform = await districtDataSource(training.app, PLATFORM_DISTRICT_ID);
    try {
      expect(await platform.query(`SELECT id, issuer, time_zone FROM district_directory ORDER BY id`)).toEqual([
        { id: 'austin', issuer: austin.issuer, time_zone: 'America/Chicago' },
        { id: 'elpaso', issuer: elPaso.issuer, time_zone: 'America/Denver' },
      ]);
      expect(await platform.query(`SELECT count(*)::int AS n FROM inbox WHERE consumer = 'training.districts'`)).toEqual([{ n: 2 }]);
    } finally {
      await platform.destroy();
    }
  });

  it("never lets one district's IdP act in another: a token claiming another issuer fails that issuer's keys", async () => {
    // Signed by El Paso's key, claiming Austin's issuer (or the deployment's): Austin's JWKS (or the env key) does not verify it.
    await courses(`Bearer ${await elPaso.token(['admin'], 'ep-admin', { issuer: austin.issuer })}`).expect(401);
    await courses(`Bearer ${await elPaso.token(['admin'], 'ep-admin', { issuer: training.idp.issuer })}`).expect(401);
    // Austin's own token acts in Austin, which has no courses.
    expect((await courses(`Bearer ${await austin.token(['admin'], 'au-admin')}`).expect(200)).body).toEqual([]);
  });

  it('keeps each district on its own calendar: one instant is 23 November in Chicago and still 22 November in El Paso', async () => {
    const instant = new Date('2026-11-23T06:30:00.000Z');
    const compliance = training.app.get(UnitComplianceHandler);
    const asOf = (districtId: string) => inDistrict(training, () => compliance.execute('police', undefined, instant), districtId).then((r) => r.asOf);
    await expect(asOf('dev')).resolves.toBe('2026-11-23');
    await expect(asOf('austin')).resolves.toBe('2026-11-23');
    await expect(asOf('elpaso')).resolves.toBe('2026-11-22');
  });
});
