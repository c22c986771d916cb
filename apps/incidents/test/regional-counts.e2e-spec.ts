import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { PLATFORM_DISTRICT_ID, type District } from '#contracts';
import { DistrictDirectory, saveDirectoryEntry } from '#platform';
import { districtDataSource, startTestService, TEST_AUDIENCE, TestIdentityProvider, type TestService } from '#testing';
import { incidentsDefinition } from '../src/incidents.definition.js';

type Seed = { at: string; incidents: number; coResponse?: number; force?: number; diversions?: number; arrests?: number; voided?: number };

/** Incidents with a narrative, campus and students that must never reach a regional response. */
async function seed(ds: DataSource, s: Seed): Promise<void> {
  const ids = (await ds.query(
    `INSERT INTO incident (campus_id, location, occurred_at, type, narrative, reported_by, co_response, dispatched_at, voided_at)
     SELECT 'campus-secret-hs', 'gym', $1::timestamptz, 'disturbance', 'SECRET-NARRATIVE', 'officer-1', g <= $2::int, CASE WHEN g <= $2::int THEN $1::timestamptz END,
            CASE WHEN g > $3::int THEN $1::timestamptz END
       FROM generate_series(1, $3::int + $4::int) g RETURNING id`,
    [s.at, s.coResponse ?? 0, s.incidents, s.voided ?? 0],
  )) as { id: string }[];
  const live = ids.slice(0, s.incidents).map((r) => r.id);
  const dispositions = [...Array(s.diversions ?? 0).fill('diversion-program'), ...Array(s.arrests ?? 0).fill('arrest')];
  for (const [i, disposition] of dispositions.entries()) {
    await ds.query(`INSERT INTO incident_disposition (incident_id, student_id, disposition, recorded_at, recorded_by) VALUES ($1, $2, $3, $4, 'officer-1')`, [live[i % live.length], `S-SECRET-${i}`, disposition, s.at]);
  }
  for (let i = 0; i < (s.force ?? 0); i++) {
    await ds.query(
      `INSERT INTO incident_use_of_force (incident_id, student_id, force_type, subject_injury, officer_injury, clinician_present, description, used_at, recorded_by)
       VALUES ($1, 'S-SECRET-F', 'handcuffs', 'none', 'none', false, 'SECRET-FORCE', $2, 'officer-1')`,
      [live[i % live.length], s.at],
    );
  }
}

const ALLOWED_KEYS = new Set(['region', 'from', 'to', 'minCell', 'districts', 'districtId', 'months', 'month', 'total', 'incidents', 'coResponseDispatches', 'useOfForce', 'diversions', 'arrests']);
function keysOf(v: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => keysOf(x, into));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) keysOf(x, into.add(k));
  return into;
}

const none = { coResponseDispatches: '<5', useOfForce: '<5', diversions: '<5', arrests: '<5' };

// Issue 19 item 5: a regional-admin sees suppressed counts across its region's districts, never a record.
describe('incidents: regional counts', () => {
  let svc: TestService;
  let north: TestIdentityProvider;
  let jwks: { url: string; close(): Promise<void> };
  const sources: DataSource[] = [];
  const http = () => request(svc.app.getHttpServer());
  const regional = async (region?: string) => `Bearer ${await svc.idp.token(['regional-admin'], 'esc-1', { claims: region ? { region } : {} })}`;
  const counts = (auth: string, q = 'from=2026-01-10&to=2026-02-03') => http().get(`/regional/incident-counts?${q}`).set('Authorization', auth);

  beforeAll(async () => {
    svc = await startTestService(incidentsDefinition);
    north = await TestIdentityProvider.create({ issuer: 'https://idp.north.example/' });
    jwks = await north.serveJwks();
    const entry = (districtId: string, timeZone: string, regionId?: string): District => ({
      districtId, name: districtId, issuer: `https://idp.${districtId}.example/`, jwksUrl: jwks.url, audience: TEST_AUDIENCE, timeZone,
      pseudonymKeyId: `${districtId}-k`, campusIds: [], ...(regionId ? { regionId } : {}),
    });
    const districts = [{ ...entry('north-isd', 'America/Chicago', 'r1'), issuer: north.issuer }, entry('south-isd', 'America/Denver', 'r1'), entry('west-isd', 'America/Chicago', 'r2')];
    // The directory as the registry's events leave it (staffing.district.v1 applied by the directory consumer).
    const platform = await districtDataSource(svc.app, PLATFORM_DISTRICT_ID);
    sources.push(platform);
    for (const d of districts) {
      await saveDirectoryEntry((sql, params) => platform.query(sql, params), d);
      svc.app.get(DistrictDirectory).apply(d);
    }
    const as = async (id: string) => {
      const ds = await districtDataSource(svc.app, id);
      sources.push(ds);
      return ds;
    };
    await seed(await as('north-isd'), { at: '2026-01-15T18:00:00Z', incidents: 7, coResponse: 5, force: 2, diversions: 6, arrests: 3, voided: 1 });
    await seed(await as('north-isd'), { at: '2026-02-15T18:00:00Z', incidents: 1 });
    // 22:00 on 31 January in El Paso's calendar (America/Denver): January there, 1 February in UTC.
    const south = await as('south-isd');
    await seed(south, { at: '2026-01-20T18:00:00Z', incidents: 4 });
    await seed(south, { at: '2026-02-01T05:00:00Z', incidents: 1 });
    await seed(await as('west-isd'), { at: '2026-01-15T18:00:00Z', incidents: 9, arrests: 8 });
    await seed(svc.db, { at: '2026-01-15T18:00:00Z', incidents: 20 });
  });
  afterAll(async () => {
    for (const ds of sources) await ds.destroy();
    await jwks?.close();
    await svc?.close();
  });

  it("counts each district of the region per month of its own calendar, suppresses cells under 5, totals only what is shown; other districts never appear", async () => {
    const logged = jest.spyOn(Logger.prototype, 'log');
    const res = await counts(await regional('r1')).expect(200);
    // One log line per district read, naming the district and the reader, never a record.
    const reads = logged.mock.calls.filter((c) => c[1] === 'regional counts read a district').map((c) => c[0]);
    logged.mockRestore();
    expect(reads).toEqual([
      { region: 'r1', districtId: 'north-isd', by: 'esc-1', from: '2026-01-01', to: '2026-02-28' },
      { region: 'r1', districtId: 'south-isd', by: 'esc-1', from: '2026-01-01', to: '2026-02-28' },
    ]);
    expect(res.body).toEqual({
      region: 'r1',
      from: '2026-01-01',
      to: '2026-02-28',
      minCell: 5,
      districts: [
        {
          districtId: 'north-isd',
          months: [
            { month: '2026-01', incidents: 7, coResponseDispatches: 5, useOfForce: '<5', diversions: 6, arrests: '<5' },
            { month: '2026-02', incidents: '<5', ...none },
          ],
          // February's single incident is suppressed and adds nothing to the total.
          total: { incidents: 7, coResponseDispatches: 5, useOfForce: '<5', diversions: 6, arrests: '<5' },
        },
        { districtId: 'south-isd', months: [{ month: '2026-01', incidents: 5, ...none }, { month: '2026-02', incidents: '<5', ...none }], total: { incidents: 5, ...none } },
      ],
      months: [
        { month: '2026-01', incidents: 12, coResponseDispatches: 5, useOfForce: '<5', diversions: 6, arrests: '<5' },
        { month: '2026-02', incidents: '<5', ...none },
      ],
      total: { incidents: 12, coResponseDispatches: 5, useOfForce: '<5', diversions: 6, arrests: '<5' },
    });
    for (const key of keysOf(res.body)) expect(ALLOWED_KEYS).toContain(key);
    expect(JSON.stringify(res.body)).not.toMatch(/SECRET|officer-1|west-isd|dev/);
  });

  it("another region's admin sees its own districts only; a region with none sees none", async () => {
    const west = await counts(await regional('r2')).expect(200);
    expect(west.body.districts.map((d: { districtId: string }) => d.districtId)).toEqual(['west-isd']);
    expect(west.body.total).toEqual({ incidents: 9, coResponseDispatches: '<5', useOfForce: '<5', diversions: '<5', arrests: 8 });
    const empty = await counts(await regional('r9')).expect(200);
    expect(empty.body).toMatchObject({ districts: [], total: { incidents: '<5', ...none } });
  });

  it("refuses a regional-admin token from a registered district's IdP (role stripped), one without a region, and every other role (403)", async () => {
    const fromDistrict = `Bearer ${await north.token(['regional-admin'], 'north-1', { claims: { region: 'r1' } })}`;
    for (const auth of [fromDistrict, await regional(), await svc.idp.bearer(['officer']), await svc.idp.bearer(['admin']), await svc.idp.bearer(['analyst']), await svc.idp.bearer(['platform-admin'])]) {
      const res = await counts(auth).expect(403);
      expect(res.body.code).toBe('AUTH.FORBIDDEN');
    }
    await http().get('/regional/incident-counts?from=2026-01-01&to=2026-01-31').expect(401);
  });

  it('is in the OpenAPI document with its cells as a count of at least 5 or "<5"', async () => {
    const doc = (await http().get('/docs-json').expect(200)).body;
    expect(doc.paths['/regional/incident-counts'].get.responses).toHaveProperty('200');
    expect(doc.components.schemas.RegionalCountsCells.properties.incidents.oneOf).toEqual([{ type: 'integer', minimum: 5 }, { type: 'string', enum: ['<5'] }]);
  });

  it.each([
    ['an impossible date', 'from=2026-02-30&to=2026-03-01', 'REQUEST.VALIDATION_FAILED'],
    ['a missing bound', 'from=2026-01-01', 'REQUEST.VALIDATION_FAILED'],
    ['from after to', 'from=2026-03-01&to=2026-02-01', 'REGIONAL.INVALID_WINDOW'],
    ['more than 24 months', 'from=2024-01-01&to=2026-01-01', 'REGIONAL.INVALID_WINDOW'],
  ])('400 for %s', async (_label, q, code) => {
    const res = await counts(await regional('r1'), q).expect(400);
    expect(res.body.code).toBe(code);
  });
});
