import { jest } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { DataSource, type EntityManager } from 'typeorm';
import { runInDistrict } from '#platform';
import { districtDataSource, dropSchema, inDistrict, startTestService, testDatabaseUrl, type TestService } from '#testing';
import { ConsentGate } from '../src/consent-gate/data/consent-gate.js';
import { GatedReads } from '../src/consent-gate/data/gated-reads.js';
import { DisclosureJournal, JOURNAL_FLUSH_MAX } from '../src/disclosures/data/disclosure-journal.js';
import { DisclosureSealer } from '../src/disclosures/seal-disclosures/disclosure-sealer.js';
import { runDisclosuresVerify } from '../src/disclosures/verify-disclosures/verify-command.js';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { bornYearsAgo, ConsentApi } from './consent-helpers.js';

/**
 * R7 with group commit (issue 16): an API read's entry is written by DisclosureJournal after the
 * read's transaction commits and before its data leaves, batched with other reads' entries.
 */
describe('support-plans: API reads journal their disclosures after commit (R7, group commit)', () => {
  let svc: TestService;
  let api: ConsentApi;
  let other: DataSource;
  let referralId: string;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    api = new ConsentApi(svc);
    other = await districtDataSource(svc.app, 'district-b');
    await api.registerStudent('S6100001', bornYearsAgo(15));
    referralId = (await api.createReferral('S6100001')).id;
    await api.grantConsent('S6100001');
  });
  afterAll(async () => {
    await other?.destroy();
    await svc?.close();
  });

  const entriesTo = async (ds: DataSource, who: string) =>
    (await ds.query(`SELECT district_id, entry FROM disclosure WHERE entry->'toWhom'->>'id' = $1`, [who])) as { district_id: string; entry: Record<string, any> }[];
  const verify = async () => {
    const out: string[] = [];
    const code = await runDisclosuresVerify({ DATABASE_URL: testDatabaseUrl(), DB_SCHEMA: svc.schema }, (l) => out.push(l), (l) => out.push(l));
    return { code, out };
  };
  /** A clinician's read of a record handed to the gate (in-unit: allowed, logged exempt), no table needed. */
  const clinicianRead = (em: EntityManager, sub: string, districtId: string) =>
    svc.app.get(ConsentGate).read(
      em,
      {
        recordType: 'referral',
        record: { reason: 'Missed classes.' },
        recordFacts: { studentId: 'S6100009', authorId: 'clinician-1' },
        recordId: '00000000-0000-4000-8000-000000000001',
        requester: { sub, roles: ['clinician'], districtId },
        purpose: 'treatment',
        notFound: { code: 'REFERRAL.NOT_FOUND', detail: 'No such referral' },
      },
      new Date(),
    );

  it('R7: N concurrent API reads log exactly one entry each, durable before each response; sealed, the chain is intact', async () => {
    const n = 30;
    // Each response is checked against the log the moment it arrives: its entry must already be committed.
    const logged = await Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const res = await api.readReferral(referralId, ['officer'], `officer-gc-${i}`);
        expect(res.status).toBe(200);
        expect(res.body.reason).toContain('withdrawal');
        return (await entriesTo(api.ds, `officer-gc-${i}`)).length;
      }),
    );
    expect(logged).toEqual(Array(n).fill(1));
    const rows = (await api.ds.query(`SELECT entry->>'channel' AS channel, entry->>'recordId' AS record_id, count(*)::int AS n FROM disclosure WHERE entry->'toWhom'->>'id' LIKE 'officer-gc-%' GROUP BY 1, 2`)) as unknown[];
    expect(rows).toEqual([{ channel: 'api', record_id: referralId, n }]);
    // Group commit: rows one INSERT wrote share its transaction id; 30 reads took fewer flushes than that.
    const [{ flushes }] = await api.ds.query(`SELECT count(DISTINCT xmin::text)::int AS flushes FROM disclosure WHERE entry->'toWhom'->>'id' LIKE 'officer-gc-%'`);
    expect(flushes).toBeGreaterThan(0);
    expect(flushes).toBeLessThan(n);
    await svc.app.get(DisclosureSealer).sealAll();
    expect((await api.ds.query(`SELECT count(*)::int AS n FROM disclosure WHERE seq IS NULL`))[0].n).toBe(0);
    expect((await verify()).code).toBe(0);
  });

  it('R7: when the entry cannot be written the read fails (503 problem) and its data never leaves', async () => {
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    const t = `"${svc.schema}".disclosure`;
    try {
      // A disk that refuses, a lost privilege: the journal's INSERT fails, for this officer only.
      await client.query(`CREATE FUNCTION "${svc.schema}".refuse_disclosure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`);
      await client.query(`CREATE TRIGGER refuse_disclosure BEFORE INSERT ON ${t} FOR EACH ROW WHEN (NEW.entry->'toWhom'->>'id' = 'officer-refused') EXECUTE FUNCTION "${svc.schema}".refuse_disclosure()`);
      const res = await api.readReferral(referralId, ['officer'], 'officer-refused');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ status: 503, code: 'DISCLOSURE.NOT_LOGGED' });
      expect(JSON.stringify(res.body)).not.toContain('withdrawal');
      expect(await entriesTo(api.ds, 'officer-refused')).toEqual([]);
      // The journal goes on: the next read is logged and answered.
      expect((await api.readReferral(referralId, ['officer'], 'officer-after-refusal')).status).toBe(200);
      expect(await entriesTo(api.ds, 'officer-after-refusal')).toHaveLength(1);
    } finally {
      await client.query(`DROP TRIGGER IF EXISTS refuse_disclosure ON ${t}`).catch(() => undefined);
      await client.query(`DROP FUNCTION IF EXISTS "${svc.schema}".refuse_disclosure()`).catch(() => undefined);
      await client.end();
    }
  });

  it('OpenAPI: every API read through the gate documents the 503 DISCLOSURE.NOT_LOGGED', async () => {
    const doc = (await request(svc.app.getHttpServer()).get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, { responses: Record<string, { description?: string }> }>> };
    const reads = ['/support-plans/{id}', '/referrals/{id}', '/safety-plans/{id}', '/threat-assessments/{id}', '/students/{studentId}/clinical-notes', '/clinical-notes/{id}', '/students/{studentId}/overview'];
    for (const path of reads) {
      expect({ path, description: doc.paths[path]?.get?.responses['503']?.description }).toEqual({ path, description: expect.stringContaining('DISCLOSURE.NOT_LOGGED') });
    }
  });

  it('R7: a read whose transaction fails logs nothing (it disclosed nothing)', async () => {
    await expect(
      svc.app.get(GatedReads).transaction(async (em) => {
        await clinicianRead(em, 'clinician-rolled-back', 'dev');
        throw new Error('the response failed');
      }),
    ).rejects.toThrow('the response failed');
    await expect(
      svc.app.get(GatedReads).transaction(async (em) => {
        await clinicianRead(em, 'clinician-commit-failed', 'dev');
        // Checked at COMMIT: the work succeeds, the commit fails.
        await em.query(`CREATE TEMP TABLE commit_fails (k int UNIQUE DEFERRABLE INITIALLY DEFERRED) ON COMMIT DROP`);
        await em.query(`INSERT INTO commit_fails VALUES (1), (1)`);
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await entriesTo(api.ds, 'clinician-rolled-back')).toEqual([]);
    expect(await entriesTo(api.ds, 'clinician-commit-failed')).toEqual([]);
  });

  it('R7, tenancy: concurrent reads in two districts land in their own district, under RLS, and each chain verifies', async () => {
    const reads = svc.app.get(GatedReads);
    // district-b is not in this service's directory: its calendar is given here (the gate needs one).
    const read = (districtId: string, i: number) => runInDistrict(districtId, () => reads.transaction((em) => clinicianRead(em, `clinician-${districtId}-${i}`, districtId)), 'America/Chicago');
    await Promise.all(Array.from({ length: 20 }, (_, i) => read(i % 2 ? 'district-b' : 'dev', i)));
    for (let i = 0; i < 20; i++) {
      const district = i % 2 ? 'district-b' : 'dev';
      const mine = i % 2 ? other : api.ds;
      const theirs = i % 2 ? api.ds : other;
      expect((await entriesTo(mine, `clinician-${district}-${i}`)).map((r) => r.district_id)).toEqual([district]);
      expect(await entriesTo(theirs, `clinician-${district}-${i}`)).toEqual([]);
    }
    await svc.app.get(DisclosureSealer).sealDistricts(['dev', 'district-b']);
    expect((await other.query(`SELECT count(*)::int AS n FROM disclosure WHERE seq IS NULL`))[0].n).toBe(0);
    const report = await verify();
    expect(report.code).toBe(0);
    expect(report.out[0]).toMatch(/intact .* across 2 districts/);
  });

  it('R7: a read in a plain transaction still logs in that transaction (other callers of the gate)', async () => {
    const ds = svc.app.get(DataSource);
    await expect(
      inDistrict(svc, () =>
        ds.transaction(async (em) => {
          await clinicianRead(em, 'clinician-plain', 'dev');
          expect(await em.query(`SELECT count(*)::int AS n FROM disclosure WHERE entry->'toWhom'->>'id' = 'clinician-plain'`)).toEqual([{ n: 1 }]);
          throw new Error('rolled back');
        }),
      ),
    ).rejects.toThrow('rolled back');
    expect(await entriesTo(api.ds, 'clinician-plain')).toEqual([]);
  });

  const entry = (who: string) => ({
    districtId: 'dev',
    record: {
      who: 'clinical', toWhom: { id: who, role: 'clinician', unit: 'clinical' }, when: new Date().toISOString(), studentId: 'S6100009',
      recordType: 'referral', purpose: 'treatment', classes: ['EDU-CLIN'], fields: ['reason'], basis: { kind: 'school-official' }, bases: {}, exempt: true, ruleIds: ['R7'], recordId: null, channel: 'api',
    } as never,
  });

  it('R7: a lone entry is flushed at once; what queues meanwhile goes in the next flushes, at most JOURNAL_FLUSH_MAX entries each', async () => {
    const journal = svc.app.get(DisclosureJournal);
    // Earlier tests' flushes are done: the journal is idle, so the first entry finds no flush in flight.
    await journal.beforeApplicationShutdown();
    // A flush is told by its INSERT (the spy calls through). Not by the rows' xmin: sealing rewrites
    // the rows it chains, so a sealing round may straddle two flushes.
    const insert = jest.spyOn(journal as unknown as { insert(entries: string[]): Promise<void> }, 'insert');
    try {
      await Promise.all(Array.from({ length: 1200 }, (_, i) => journal.record([entry(`clinician-cap-${i}`)])));
      expect(insert.mock.calls.map(([entries]) => entries.length)).toEqual([1, JOURNAL_FLUSH_MAX, JOURNAL_FLUSH_MAX, 1200 - 1 - 2 * JOURNAL_FLUSH_MAX]);
    } finally {
      insert.mockRestore();
    }
    // Queue order is insert order, so the sealer chains them as they arrived.
    const order = (await api.ds.query(`SELECT entry->'toWhom'->>'id' AS who FROM disclosure WHERE entry->'toWhom'->>'id' LIKE 'clinician-cap-%' ORDER BY pos`)) as { who: string }[];
    expect(order.map((o) => o.who)).toEqual(Array.from({ length: 1200 }, (_, i) => `clinician-cap-${i}`));
  });

  it('R7: on shutdown the journal writes what is queued before it returns', async () => {
    const journal = svc.app.get(DisclosureJournal);
    const written = Array.from({ length: 5 }, (_, i) => journal.record([entry(`clinician-shutdown-${i}`)]));
    await journal.beforeApplicationShutdown();
    for (let i = 0; i < 5; i++) expect(await entriesTo(api.ds, `clinician-shutdown-${i}`)).toHaveLength(1);
    await Promise.all(written);
  });

  it("R7: closing the app writes what the journal holds, and the sealer's last round chains it (the journal stops first)", async () => {
    const closing = await startTestService(supportPlansDefinition);
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    try {
      await client.connect();
      // The journal's INSERT waits on this lock, so its flush is still in flight when the app starts closing.
      await client.query(`BEGIN`);
      await client.query(`LOCK TABLE "${closing.schema}".disclosure IN SHARE MODE`);
      const written = Promise.all(Array.from({ length: 5 }, (_, i) => closing.app.get(DisclosureJournal).record([entry(`clinician-closing-${i}`)])));
      await closing.db.destroy();
      const closed = closing.app.close();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await client.query(`COMMIT`);
      await closed;
      await written;
      // The app is gone: read as the owner, every district.
      const rows = (await client.query(`SELECT seq FROM "${closing.schema}".disclosure WHERE entry->'toWhom'->>'id' LIKE 'clinician-closing-%'`)).rows as { seq: string | null }[];
      expect(rows).toHaveLength(5);
      expect(rows.filter((r) => r.seq === null)).toEqual([]);
    } finally {
      await client.end().catch(() => undefined);
      await dropSchema(closing.schema);
    }
  });
});
