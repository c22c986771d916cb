import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createServiceApp, RowSecurityBypassError, ServiceConfig, tenantTable } from '#platform';
import { districtDataSource, dropSchema, startTestService, testDatabaseUrl, TestIdentityProvider, testServiceEnv, uniqueSchema, type TestService } from '#testing';
import { incidentsDefinition } from '../../apps/incidents/src/incidents.definition.js';
import { staffingDefinition } from '../../apps/staffing/src/staffing.definition.js';
import { supportPlansDefinition } from '../../apps/support-plans/src/support-plans.definition.js';
import { trainingDefinition } from '../../apps/training/src/training.definition.js';
import { wellnessDefinition } from '../../apps/wellness/src/wellness.definition.js';
import { tenancyProblems } from './support/tenancy-catalog.js';

// Issue 19: isolation holds in PostgreSQL itself, whatever the application's SQL forgets.
const DEFINITIONS = [incidentsDefinition, supportPlansDefinition, staffingDefinition, trainingDefinition, wellnessDefinition];
const INCIDENT = `INSERT INTO incident (campus_id, location, occurred_at, type, narrative, reported_by)
                  VALUES ('campus-hs-01', 'Gym', '2026-11-23T14:05:00Z', 'welfare-check', $1, 'o-1') RETURNING id`;
const codeOf = (p: Promise<unknown>) => p.then(() => 'no error', (err: { code?: string }) => err.code);

describe('tenancy: row-level security on every table of every service', () => {
  const services: TestService[] = [];
  let owner: pg.Client;
  const relayRole = () => services[0].app.get(ServiceConfig).DB_RELAY_ROLE;

  beforeAll(async () => {
    for (const def of DEFINITIONS) services.push(await startTestService(def));
    owner = new pg.Client({ connectionString: testDatabaseUrl() });
    await owner.connect();
  }, 180_000);
  afterAll(async () => {
    await owner?.end();
    for (const svc of services) await svc.close();
  });

  describe('pg_catalog: district column, forced RLS, policy, keys (fails when a migration forgets tenantTable)', () => {
    it.each(DEFINITIONS.map((d, i) => [d.service, i] as const))('%s', async (_name, i) => {
      const { tables, problems } = await tenancyProblems(owner, services[i].schema, relayRole());
      expect(tables).toEqual(expect.arrayContaining(['outbox', 'inbox']));
      expect(tables.length).toBeGreaterThan(2);
      expect(problems).toEqual([]);
    });

    it('the check catches a table created without tenantTable, and tenantTable makes it pass', async () => {
      const schema = services[4].schema;
      await owner.query(`CREATE TABLE "${schema}".forgotten (id uuid PRIMARY KEY, code text UNIQUE)`);
      const ds = await new DataSource({ type: 'postgres', url: testDatabaseUrl(), extra: { options: `-c search_path=${schema}` } }).initialize();
      try {
        expect((await tenancyProblems(owner, schema, relayRole())).problems).toEqual(['forgotten: no district_id column']);
        const q = ds.createQueryRunner();
        await tenantTable(q, 'forgotten', relayRole());
        await q.release();
        expect((await tenancyProblems(owner, schema, relayRole())).problems).toEqual([]);
      } finally {
        await ds.destroy();
        await owner.query(`DROP TABLE "${schema}".forgotten`);
      }
    });
  });

  describe('the application role with no filter of its own sees only its district', () => {
    let a: DataSource;
    let b: DataSource;
    beforeAll(async () => {
      a = await districtDataSource(services[0].app, 'district-a');
      b = await districtDataSource(services[0].app, 'district-b');
    });
    afterAll(async () => Promise.all([a?.destroy(), b?.destroy()]));

    it('SELECT, UPDATE and DELETE without WHERE touch only the district’s rows', async () => {
      const [mine] = await a.query(INCIDENT, ['A1']);
      const [theirs] = await b.query(INCIDENT, ['B1']);
      const seen: { id: string; narrative: string; district_id: string }[] = await a.query(`SELECT * FROM incident`);
      expect(seen.map(({ id, narrative, district_id }) => ({ id, narrative, district_id }))).toEqual([{ id: mine.id, narrative: 'A1', district_id: 'district-a' }]);

      const [, updated] = await a.query(`UPDATE incident SET narrative = 'hijacked' WHERE id = $1`, [theirs.id]);
      const [, deleted] = await a.query(`DELETE FROM incident WHERE id = $1`, [theirs.id]);
      expect([updated, deleted]).toEqual([0, 0]);
      const [, everything] = await a.query(`UPDATE incident SET location = 'Library'`);
      expect(everything).toBe(1);
      expect(await b.query(`SELECT id, narrative, location FROM incident`)).toEqual([{ id: theirs.id, narrative: 'B1', location: 'Gym' }]);
    });

    it('refuses a row written into another district, by INSERT or by UPDATE (WITH CHECK, 42501)', async () => {
      const named = a.query(
        `INSERT INTO incident (campus_id, location, occurred_at, type, narrative, reported_by, district_id)
         VALUES ('campus-hs-01', 'Gym', now(), 'fight', 'smuggled', 'o-1', 'district-b')`,
      );
      expect(await codeOf(named)).toBe('42501');
      const [mine] = await a.query(INCIDENT, ['A2']);
      expect(await codeOf(a.query(`UPDATE incident SET district_id = 'district-b' WHERE id = $1`, [mine.id]))).toBe('42501');
      expect(await b.query(`SELECT 1 FROM incident WHERE narrative IN ('smuggled', 'A2')`)).toEqual([]);
    });

    it('cannot reference another district’s row (the foreign key pairs the districts)', async () => {
      const [theirs] = await b.query(INCIDENT, ['B2']);
      const disposition = a.query(
        `INSERT INTO incident_disposition (incident_id, student_id, disposition, recorded_at, recorded_by) VALUES ($1, 'S1000001', 'no-action', now(), 'o-1')`,
        [theirs.id],
      );
      expect(await codeOf(disposition)).toBe('23503');
    });

    it('a session in no district sees nothing and cannot insert', async () => {
      // The service's own DataSource, asked by code outside any request or event: app.district_id = ''.
      const service = services[0].app.get(DataSource);
      expect(await service.query(`SELECT current_setting('app.district_id') AS d, (SELECT count(*)::int FROM incident) AS n`)).toEqual([{ d: '', n: 0 }]);
      expect(['23514', '42501']).toContain(await codeOf(service.query(INCIDENT, ['nowhere'])));
      // A raw app-role session that never set the district at all.
      const raw = new pg.Client({ connectionString: (service.options as { url: string }).url, options: `-c search_path=${services[0].schema}` });
      await raw.connect();
      try {
        expect((await raw.query(`SELECT count(*)::int AS n FROM incident`)).rows).toEqual([{ n: 0 }]);
        expect(await codeOf(raw.query(INCIDENT, ['unset']))).not.toBe('no error');
      } finally {
        await raw.end();
      }
    });

    it('the same natural key exists in both districts (keys lead with district_id)', async () => {
      const staffId = 'a4d0c3a2-59c4-4a57-9a53-6b7f5d0e1c01';
      const roster = `INSERT INTO roster_staff (staff_id, role, unit, licensed) VALUES ($1, $2, 'police', false)`;
      await a.query(roster, [staffId, 'officer']);
      await b.query(roster, [staffId, 'clinician']);
      const student = `INSERT INTO student_demographics (student_id, grade_band, sex, race_ethnicity, special_education, emergent_bilingual, updated_by)
                       VALUES ('S2000001', $1, 'not-reported', 'not-reported', 'none', 'no', 'sis')`;
      await a.query(student, ['6-8']);
      await b.query(student, ['9-12']);
      expect(await a.query(`SELECT role FROM roster_staff WHERE staff_id = $1`, [staffId])).toEqual([{ role: 'officer' }]);
      expect(await b.query(`SELECT role FROM roster_staff WHERE staff_id = $1`, [staffId])).toEqual([{ role: 'clinician' }]);
      expect(await b.query(`SELECT grade_band FROM student_demographics`)).toEqual([{ grade_band: '9-12' }]);
      // Still unique within one district.
      expect(await codeOf(a.query(roster, [staffId, 'officer']))).toBe('23505');
    });
  });

  describe('through the service: its own code with row-level security under it', () => {
    it('another district’s incident is absent from the list and 404 like a missing one, even under the same id', async () => {
      const svc = services[0];
      const http = request(svc.app.getHttpServer());
      const officer = await svc.idp.bearer(['officer'], 'o-1');
      const created = await http
        .post('/incidents')
        .set('authorization', officer)
        .send({ campusId: 'campus-hs-02', location: 'Front office', occurredAt: '2026-11-24T09:00:00Z', type: 'threat', studentIds: ['S1000002'], narrative: 'dev district' })
        .expect(201);
      const other = await districtDataSource(svc.app, 'district-b');
      const otherId = await (async () => {
        try {
          await other.query(
            `INSERT INTO incident (id, campus_id, location, occurred_at, type, narrative, reported_by)
             VALUES ($1, 'campus-hs-02', 'Front office', now(), 'threat', 'district-b twin', 'o-1')`,
            [created.body.id],
          );
          const [row] = await other.query(INCIDENT, ['district-b only']);
          return row.id as string;
        } finally {
          await other.destroy();
        }
      })();

      const list = await http.get('/incidents?limit=100').set('authorization', officer).expect(200);
      const ids: string[] = list.body.items.map((i: { id: string }) => i.id);
      expect(ids).toContain(created.body.id);
      expect(ids).not.toContain(otherId);
      expect(ids.filter((id) => id === created.body.id)).toHaveLength(1);
      const one = await http.get(`/incidents/${created.body.id}`).set('authorization', officer).expect(200);
      expect(one.body.narrative).toBe('dev district');

      const hidden = await http.get(`/incidents/${otherId}`).set('authorization', officer).expect(404);
      const missing = await http.get('/incidents/00000000-0000-4000-8000-000000000000').set('authorization', officer).expect(404);
      expect(hidden.body.code).toBe('INCIDENT.NOT_FOUND');
      // Same problem as for an id that exists nowhere: nothing tells a caller the row is there.
      const problem = ({ correlationId: _c, instance: _i, ...rest }: Record<string, unknown>, id: string) => JSON.parse(JSON.stringify(rest).replaceAll(id, '<id>'));
      expect(problem(hidden.body, otherId)).toEqual(problem(missing.body, '00000000-0000-4000-8000-000000000000'));
    });
  });
});

describe('tenancy: start-up refuses a database role that bypasses row-level security', () => {
  it('DATABASE_APP_URL as a superuser: createServiceApp rejects with RowSecurityBypassError', async () => {
    const idp = await TestIdentityProvider.create();
    const schema = uniqueSchema('rls_bypass');
    const superuser = testDatabaseUrl();
    try {
      const env = testServiceEnv(wellnessDefinition, schema, idp, { DATABASE_APP_URL: superuser, DATABASE_RELAY_URL: superuser });
      await expect(createServiceApp(wellnessDefinition, env)).rejects.toThrow(RowSecurityBypassError);
    } finally {
      await dropSchema(schema);
    }
  }, 30_000);
});
