import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DistrictRegisteredEvent, DistrictUpdatedEvent, PLATFORM_DISTRICT_ID } from '#contracts';
import { districtDataSource, startTestService, TEST_AUDIENCE, TEST_ISSUER, TestIdentityProvider, type TestService } from '#testing';
import { staffingDefinition } from '../src/staffing.definition.js';

// Issue 19 item 1: the district registry, managed by the platform-admin through REST, with events.
describe('staffing: the district registry', () => {
  let svc: TestService;
  let platform: DataSource;
  let elPaso: TestIdentityProvider;
  let jwks: { url: string; close(): Promise<void> };
  let admin: string;
  const http = () => request(svc.app.getHttpServer());
  const body = (over: Record<string, unknown> = {}) => ({
    districtId: 'elpaso-isd',
    name: 'El Paso ISD',
    issuer: elPaso.issuer,
    jwksUrl: jwks.url,
    audience: TEST_AUDIENCE,
    timeZone: 'America/Denver',
    pseudonymKeyId: 'episd-2026',
    campusIds: ['ep-hs-01', 'ep-ms-02'],
    ...over,
  });

  beforeAll(async () => {
    svc = await startTestService(staffingDefinition);
    platform = await districtDataSource(svc.app, PLATFORM_DISTRICT_ID);
    elPaso = await TestIdentityProvider.create({ issuer: 'https://idp.episd.example/' });
    jwks = await elPaso.serveJwks();
    admin = await svc.idp.bearer(['platform-admin'], 'ops-1');
  });
  afterAll(async () => {
    await platform?.destroy();
    await jwks?.close();
    await svc?.close();
  });

  it('401 without a token, 403 for district roles', async () => {
    await http().post('/districts').send(body()).expect(401);
    const res = await http().post('/districts').set('Authorization', await svc.idp.bearer(['admin'])).send(body()).expect(403);
    expect(res.body.code).toBe('AUTH.FORBIDDEN');
    await http().get('/districts').set('Authorization', await svc.idp.bearer(['system'])).expect(403);
  });

  it.each([
    ['the reserved id platform', { districtId: PLATFORM_DISTRICT_ID }],
    ['an unknown time zone', { timeZone: 'America/El_Paso_Mountain' }],
    ['a JWKS URL that is not a URL', { jwksUrl: 'idp.episd.example' }],
    ['a bad district id', { districtId: 'el paso' }],
    ['no campus list', { campusIds: undefined }],
  ])('400 REQUEST.VALIDATION_FAILED for %s', async (_label, over) => {
    const res = await http().post('/districts').set('Authorization', admin).send(body(over)).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
  });

  it('201 registers the district (platform tenant) with its event in the same transaction; GET lists and reads it', async () => {
    const created = await http().post('/districts').set('Authorization', admin).send(body()).expect(201);
    expect(created.body).toEqual(body());
    const [row] = await platform.query(`SELECT type, district_id, headers->>'ce_districtid' AS header, payload FROM outbox WHERE key = $1`, ['elpaso-isd']);
    expect(row).toMatchObject({ type: DistrictRegisteredEvent.type, district_id: PLATFORM_DISTRICT_ID, header: PLATFORM_DISTRICT_ID, payload: body() });
    // Platform data is no district's: the first district sees neither the registry row nor its event.
    expect(await svc.db.query(`SELECT count(*)::int AS n FROM outbox WHERE key = 'elpaso-isd'`)).toEqual([{ n: 0 }]);
    expect(await platform.query(`SELECT id, time_zone FROM district_directory`)).toEqual([{ id: 'elpaso-isd', time_zone: 'America/Denver' }]);
    expect((await http().get('/districts').set('Authorization', admin).expect(200)).body).toEqual([body()]);
    expect((await http().get('/districts/elpaso-isd').set('Authorization', admin).expect(200)).body).toEqual(body());
    const missing = await http().get('/districts/austin-isd').set('Authorization', admin).expect(404);
    expect(missing.body.code).toBe('DISTRICT.NOT_FOUND');
  });

  it.each([
    ['the same id', {}, 'DISTRICT.ALREADY_EXISTS'],
    ["the deployment's own district id", { districtId: 'dev', issuer: 'https://idp.other.example/' }, 'DISTRICT.ALREADY_EXISTS'],
    ["another district's issuer", { districtId: 'ysleta-isd' }, 'DISTRICT.ISSUER_TAKEN'],
    ["the deployment's own issuer", { districtId: 'ysleta-isd', issuer: TEST_ISSUER }, 'DISTRICT.ISSUER_TAKEN'],
  ])('409 for %s', async (_label, over, code) => {
    const res = await http().post('/districts').set('Authorization', admin).send(body(over)).expect(409);
    expect(res.body.code).toBe(code);
  });

  it("accepts the district's IdP tokens at once, acting in that district only; its IdP cannot make a platform admin", async () => {
    await http().post('/staff').set('Authorization', await svc.idp.bearer(['admin'])).send({ employeeId: 'RR1', displayName: 'Round Rock officer', role: 'officer', unit: 'police' }).expect(201);
    const theirs = `Bearer ${await elPaso.token(['admin'], 'ep-admin')}`;
    expect((await http().get('/staff').set('Authorization', theirs).expect(200)).body.items).toEqual([]);
    await http().post('/staff').set('Authorization', theirs).send({ employeeId: 'EP1', displayName: 'El Paso officer', role: 'officer', unit: 'police' }).expect(201);
    expect((await http().get('/staff').set('Authorization', await svc.idp.bearer(['admin'])).expect(200)).body.items.map((s: { employeeId: string }) => s.employeeId)).toEqual(['RR1']);
    const res = await http().get('/districts').set('Authorization', `Bearer ${await elPaso.token(['platform-admin'], 'ep-ops')}`).expect(403);
    expect(res.body.code).toBe('AUTH.FORBIDDEN');
  });

  it('refuses a token of an issuer no district has (401)', async () => {
    const stranger = await TestIdentityProvider.create({ issuer: 'https://idp.stranger.example/' });
    await http().get('/staff').set('Authorization', await stranger.bearer(['admin'])).expect(401);
  });

  it('PUT replaces the entry and publishes staffing.district.updated; 404 unknown, 409 for the default district or a taken issuer', async () => {
    const changed = { ...body(), name: 'El Paso Independent SD', campusIds: ['ep-hs-01'] };
    const { districtId: _id, ...fields } = changed;
    expect((await http().put('/districts/elpaso-isd').set('Authorization', admin).send(fields).expect(200)).body).toEqual(changed);
    const events = await platform.query(`SELECT type, payload FROM outbox WHERE key = 'elpaso-isd' ORDER BY id`);
    expect(events.map((e: { type: string }) => e.type)).toEqual([DistrictRegisteredEvent.type, DistrictUpdatedEvent.type]);
    expect(events[1].payload).toEqual(changed);
    expect((await http().put('/districts/austin-isd').set('Authorization', admin).send(fields).expect(404)).body.code).toBe('DISTRICT.NOT_FOUND');
    expect((await http().put('/districts/dev').set('Authorization', admin).send(fields).expect(409)).body.code).toBe('DISTRICT.CONFIGURED');
    await http().post('/districts').set('Authorization', admin).send(body({ districtId: 'ysleta-isd', issuer: 'https://idp.yisd.example/' })).expect(201);
    const taken = await http().put('/districts/ysleta-isd').set('Authorization', admin).send(fields).expect(409);
    expect(taken.body.code).toBe('DISTRICT.ISSUER_TAKEN');
    await http().put('/districts/elpaso-isd').set('Authorization', admin).send({ ...fields, timeZone: 'Central' }).expect(400);
  });

  it("carries an optional regionId (a regional-admin's scope) in the entry, its event and every service's directory; a PUT without it leaves the region", async () => {
    const { districtId: _id, ...fields } = body({ campusIds: ['ep-hs-01'] });
    await http().put('/districts/elpaso-isd').set('Authorization', admin).send({ ...fields, regionId: 'not a region' }).expect(400);
    const inRegion = await http().put('/districts/elpaso-isd').set('Authorization', admin).send({ ...fields, regionId: 'esc-19' }).expect(200);
    expect(inRegion.body).toEqual(body({ campusIds: ['ep-hs-01'], regionId: 'esc-19' }));
    const [event] = await platform.query(`SELECT payload FROM outbox WHERE key = 'elpaso-isd' ORDER BY id DESC LIMIT 1`);
    expect(event.payload.regionId).toBe('esc-19');
    expect(await platform.query(`SELECT region_id FROM district_directory WHERE id = 'elpaso-isd'`)).toEqual([{ region_id: 'esc-19' }]);
    const created = await http().post('/districts').set('Authorization', admin).send(body({ districtId: 'canutillo-isd', issuer: 'https://idp.cisd.example/', regionId: 'esc-19' })).expect(201);
    expect(created.body.regionId).toBe('esc-19');
    const left = await http().put('/districts/elpaso-isd').set('Authorization', admin).send(fields).expect(200);
    expect(left.body).not.toHaveProperty('regionId');
    expect(await platform.query(`SELECT region_id FROM district_directory WHERE id = 'elpaso-isd'`)).toEqual([{ region_id: null }]);
  });
});
