import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { districtDataSource, inDistrict, testDatabaseUrl, startTestService, type TestService } from '#testing';
import { ConsentGate } from '../src/consent-gate/data/consent-gate.js';
import { DisclosureLog } from '../src/disclosures/data/disclosure-log.js';
import { DisclosureSealer } from '../src/disclosures/seal-disclosures/disclosure-sealer.js';
import { sealDisclosures } from '../src/disclosures/seal-disclosures/seal-disclosures.js';
import { runDisclosuresVerify } from '../src/disclosures/verify-disclosures/verify-command.js';
import { referralRecord } from '../src/referrals/data/referral-record.js';
import { Referral } from '../src/referrals/data/referral.entity.js';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { bornYearsAgo, ConsentApi } from './consent-helpers.js';

describe('support-plans: the record of disclosures (R7)', () => {
  let svc: TestService;
  let api: ConsentApi;
  let referralId: string;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    api = new ConsentApi(svc);
    await api.registerStudent('S6000001', bornYearsAgo(15));
    referralId = (await api.createReferral('S6000001')).id;
    await api.grantConsent('S6000001');
  });
  afterAll(() => svc?.close());

  const sealer = () => svc.app.get(DisclosureSealer);
  const readAsOfficer = (n: number) => {
    const gate = svc.app.get(ConsentGate);
    return api.ds.transaction(async (em) => {
      const rec = referralRecord(await em.getRepository(Referral).findOneByOrFail({ id: referralId }));
      return gate.read(em, { recordType: 'referral', record: rec.data, recordFacts: { studentId: 'S6000001', ...rec.record }, recordId: referralId, requester: { sub: `officer-${n}`, roles: ['officer'], districtId: 'dev' }, purpose: 'co-response', notFound: { code: 'REFERRAL.NOT_FOUND', detail: 'No such referral' } }, new Date());
    });
  };
  const chainRows = async () =>
    (await api.ds.query(`SELECT seq, prev_hash, hash FROM disclosure WHERE seq IS NOT NULL ORDER BY seq`)).map((r: { seq: string; prev_hash: string; hash: string }) => ({ ...r, seq: Number(r.seq) }));

  const verify = async () => {
    const out: string[] = [];
    const code = await runDisclosuresVerify({ DATABASE_URL: testDatabaseUrl(), DB_SCHEMA: svc.schema }, (l) => out.push(l), (l) => out.push(l));
    return { code, out };
  };

  it('R7: lists who, to whom, when, classes, fields and basis, oldest first, each entry carrying the previous hash', async () => {
    expect((await api.readReferral(referralId, ['officer'], 'officer-7')).status).toBe(200);
    expect((await api.readReferral(referralId, ['clinician'], 'clinician-2')).status).toBe(200);
    await sealer().sealAll();
    const res = await api.http.get('/students/S6000001/disclosures').set('authorization', await api.bearer(['bh-director'])).expect(200);
    expect(res.body.map((e: { channel: string; toWhom: { id: string } }) => [e.channel, e.toWhom.id])).toEqual([
      ['event', 'unit:police'],
      ['api', 'officer-7'],
      ['api', 'clinician-2'],
    ]);
    const [projection, officer, clinician] = res.body;
    expect(officer).toMatchObject({
      who: 'clinical',
      toWhom: { id: 'officer-7', role: 'officer', unit: 'police' },
      studentId: 'S6000001',
      recordType: 'referral',
      recordId: referralId,
      purpose: 'co-response',
      classes: ['DIRECTORY', 'EDU-SAFETY', 'EDU-CLIN'],
      basis: { kind: 'consent' },
      exempt: false,
      prevHash: projection.hash,
    });
    expect(Date.parse(officer.when)).toBeGreaterThan(Date.parse(projection.when) - 1);
    expect(officer.fields).toEqual(expect.arrayContaining(['reason', 'safetyFlag']));
    // In-unit access is exempt from 99.32 and logged anyway (policy), flagged.
    expect(clinician).toMatchObject({ toWhom: { role: 'clinician', unit: 'clinical' }, exempt: true, basis: { kind: 'school-official' }, prevHash: officer.hash });
    const page = await api.http.get(`/students/S6000001/disclosures?after=${officer.seq}&limit=1`).set('authorization', await api.bearer(['admin'])).expect(200);
    expect(page.body.map((e: { seq: number }) => e.seq)).toEqual([clinician.seq]);
  });

  it('R7: parents reach it through the district portal (system), clinicians and administrators directly; police and analysts never', async () => {
    for (const role of ['clinician', 'admin', 'system'] as const) await api.http.get('/students/S6000001/disclosures').set('authorization', await api.bearer([role])).expect(200);
    for (const role of ['officer', 'police-chief', 'analyst'] as const) await api.http.get('/students/S6000001/disclosures').set('authorization', await api.bearer([role])).expect(403);
  });

  it('R7 (issue 16): N concurrent gated reads log N entries without waiting on the chain; sealed, they form one unbroken chain', async () => {
    await sealer().sealAll();
    const before = (await chainRows()).length;
    await Promise.all(Array.from({ length: 24 }, (_, i) => readAsOfficer(100 + i)));
    await sealer().sealAll();
    const rows = await chainRows();
    expect(rows.map((r: { seq: number }) => r.seq)).toEqual(Array.from({ length: before + 24 }, (_, i) => i + 1));
    expect(new Set(rows.map((r: { prev_hash: string }) => r.prev_hash)).size).toBe(rows.length);
    expect((await api.ds.query(`SELECT count(*)::int AS n FROM disclosure WHERE seq IS NULL`))[0].n).toBe(0);
    expect(await verify()).toEqual({ code: 0, out: [`record of disclosures ${svc.schema}: intact (${rows.length} entries)`] });
  });

  it('R7: a disclosure that rolls back leaves no entry (the entry is written in its transaction)', async () => {
    const count = async () => (await api.ds.query(`SELECT count(*)::int AS n FROM disclosure`))[0].n as number;
    const before = await count();
    await expect(
      api.ds.transaction(async (em) => {
        const rec = referralRecord(await em.getRepository(Referral).findOneByOrFail({ id: referralId }));
        await svc.app.get(ConsentGate).read(em, { recordType: 'referral', record: rec.data, recordFacts: { studentId: 'S6000001', ...rec.record }, recordId: referralId, requester: { sub: 'officer-rollback', roles: ['officer'], districtId: 'dev' }, purpose: 'co-response', notFound: { code: 'REFERRAL.NOT_FOUND', detail: 'No such referral' } }, new Date());
        throw new Error('the response failed');
      }),
    ).rejects.toThrow('the response failed');
    await sealer().sealAll();
    expect(await count()).toBe(before);
    expect((await api.ds.query(`SELECT count(*)::int AS n FROM disclosure WHERE entry->'toWhom'->>'id' = 'officer-rollback'`))[0].n).toBe(0);
  });

  it('R7: the log is refused outside a transaction (nothing to commit or roll back with)', async () => {
    await expect(svc.app.get(DisclosureLog).append(api.ds.manager, {} as never)).rejects.toThrow(/inside the transaction/);
  });

  it('R7: the log is append-only: UPDATE and DELETE are refused', async () => {
    await expect(api.ds.query(`UPDATE disclosure SET exempt = true WHERE seq = 1`)).rejects.toThrow(/append-only \(R7\)/);
    await expect(api.ds.query(`DELETE FROM disclosure WHERE seq = 1`)).rejects.toThrow(/append-only/);
    // Sealing sets a place once: a sealed entry cannot be moved or unsealed.
    await expect(api.ds.query(`UPDATE disclosure SET seq = 999 WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(api.ds.query(`UPDATE disclosure SET seq = NULL, prev_hash = NULL, hash = NULL WHERE seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('R7: with no DATABASE_URL the verify command reads the dev runner\'s database env file (npm start writes .dev/database.env)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'disclosures-verify-'));
    try {
      const file = join(dir, 'database.env');
      writeFileSync(file, `DATABASE_URL=${testDatabaseUrl()}\nDB_SCHEMA=${svc.schema}\n`);
      const out: string[] = [];
      expect(await runDisclosuresVerify({}, (l) => out.push(l), (l) => out.push(l), file)).toBe(0);
      expect(out).toEqual([expect.stringMatching(new RegExp(`^record of disclosures ${svc.schema}: intact \\(\\d+ entries\\)$`))]);
      const errors: string[] = [];
      expect(await runDisclosuresVerify({}, () => undefined, (l) => errors.push(l), join(dir, 'missing.env'))).toBe(2);
      expect(errors.join('\n')).toMatch(/npm start/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('R7 (issue 16): a disclosure not sealed yet is in the parents\' log (seq null, last) and verify counts it, not as a break', async () => {
    await sealer().stop();
    await sealer().sealAll();
    await readAsOfficer(500);
    const unsealed = (await api.http.get('/students/S6000001/disclosures?limit=500').set('authorization', await api.bearer(['system'])).expect(200)).body;
    expect(unsealed.at(-1)).toMatchObject({ toWhom: { id: 'officer-500' }, seq: null, prevHash: null, hash: null });
    const { code, out } = await verify();
    expect(code).toBe(0);
    expect(out).toEqual([expect.stringMatching(/: intact \(\d+ entries; 1 not sealed yet\)$/)]);
    // A page after the last sealed entry still shows it.
    const lastSealed = unsealed.at(-2).seq as number;
    const tail = (await api.http.get(`/students/S6000001/disclosures?after=${lastSealed}`).set('authorization', await api.bearer(['system'])).expect(200)).body;
    expect(tail.map((e: { toWhom: { id: string } }) => e.toWhom.id)).toEqual(['officer-500']);
    await sealer().sealAll();
    const sealed = (await api.http.get('/students/S6000001/disclosures?limit=500').set('authorization', await api.bearer(['system'])).expect(200)).body;
    expect(sealed.at(-1)).toMatchObject({ toWhom: { id: 'officer-500' }, seq: lastSealed + 1, prevHash: unsealed.at(-2).hash });
  });

  it('R7 (issue 16): sealers running at once (two replicas, small batches) never fork the chain', async () => {
    await sealer().stop();
    const replica = await districtDataSource(svc.app);
    try {
      await Promise.all(Array.from({ length: 30 }, (_, i) => readAsOfficer(600 + i)));
      expect((await api.ds.query(`SELECT count(*)::int AS n FROM disclosure WHERE seq IS NULL`))[0].n).toBe(30);
      const sealed = await Promise.all([
        inDistrict(svc, () => sealDisclosures(api.ds, 4)),
        inDistrict(svc, () => sealDisclosures(replica, 7)),
        sealer().sealAll(),
        inDistrict(svc, () => sealDisclosures(replica, 3)),
      ]);
      expect(sealed.reduce((a, b) => a + b, 0)).toBe(30);
      const rows = await chainRows();
      expect(rows.map((r: { seq: number }) => r.seq)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
      expect((await api.ds.query(`SELECT count(*)::int AS n FROM disclosure WHERE seq IS NULL`))[0].n).toBe(0);
      expect(await verify()).toEqual({ code: 0, out: [`record of disclosures ${svc.schema}: intact (${rows.length} entries)`] });
    } finally {
      await replica.destroy();
    }
  });

  it('R7: the verify command reports a tampered entry (exit code 1) even from someone who got past the trigger', async () => {
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      const t = `"${svc.schema}".disclosure`;
      await client.query(`ALTER TABLE ${t} DISABLE TRIGGER disclosure_append_only`);
      await client.query(`UPDATE ${t} SET entry = jsonb_set(entry, '{toWhom,id}', '"nobody"') WHERE seq = 2`);
      const broken = await verify();
      expect(broken.code).toBe(1);
      expect(broken.out).toEqual([`record of disclosures ${svc.schema}: BROKEN, 1 problem(s) in ${(await api.ds.query('SELECT count(*)::int AS n FROM disclosure'))[0].n} entries`, '  entry 2: content does not match its hash (entry changed)']);
      await client.query(`DELETE FROM ${t} WHERE seq = (SELECT max(seq) FROM ${t})`);
      expect((await verify()).out.join('\n')).toMatch(/chain head says/);
      await client.query(`ALTER TABLE ${t} ENABLE TRIGGER disclosure_append_only`);
    } finally {
      await client.end();
    }
    expect((await runDisclosuresVerify({}, () => undefined, () => undefined))).toBe(2);
  });
});
