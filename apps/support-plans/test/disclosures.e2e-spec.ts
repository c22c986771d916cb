import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { testDatabaseUrl, startTestService, type TestService } from '#testing';
import { ConsentGate } from '../src/consent-gate/data/consent-gate.js';
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

  const verify = async () => {
    const out: string[] = [];
    const code = await runDisclosuresVerify({ DATABASE_URL: testDatabaseUrl(), DB_SCHEMA: svc.schema }, (l) => out.push(l), (l) => out.push(l));
    return { code, out };
  };

  it('R7: lists who, to whom, when, classes, fields and basis, oldest first, each entry carrying the previous hash', async () => {
    expect((await api.readReferral(referralId, ['officer'], 'officer-7')).status).toBe(200);
    expect((await api.readReferral(referralId, ['clinician'], 'clinician-2')).status).toBe(200);
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

  it('R7: concurrent disclosures never fork the chain (the head is locked per append)', async () => {
    const gate = svc.app.get(ConsentGate);
    const rec = referralRecord(await api.ds.getRepository(Referral).findOneByOrFail({ id: referralId }));
    const read = (n: number) =>
      api.ds.transaction((em) =>
        gate.read(em, { recordType: 'referral', record: rec.data, recordFacts: { studentId: 'S6000001', ...rec.record }, recordId: referralId, requester: { sub: `officer-${n}`, roles: ['officer'], districtId: 'dev' }, purpose: 'co-response', notFound: { code: 'REFERRAL.NOT_FOUND', detail: 'No such referral' } }, new Date()),
      );
    const before = Number((await api.ds.query(`SELECT seq FROM disclosure_chain`))[0].seq);
    await Promise.all(Array.from({ length: 24 }, (_, i) => read(100 + i)));
    const rows = await api.ds.query(`SELECT seq, prev_hash, hash FROM disclosure ORDER BY seq`);
    expect(rows.length).toBe(before + 24);
    expect(new Set(rows.map((r: { prev_hash: string }) => r.prev_hash)).size).toBe(rows.length);
    expect(await verify()).toEqual({ code: 0, out: [`record of disclosures ${svc.schema}: intact (${rows.length} entries)`] });
  });

  it('R7: the log is append-only: UPDATE and DELETE are refused', async () => {
    await expect(api.ds.query(`UPDATE disclosure SET exempt = true WHERE seq = 1`)).rejects.toThrow(/append-only \(R7\)/);
    await expect(api.ds.query(`DELETE FROM disclosure WHERE seq = 1`)).rejects.toThrow(/append-only/);
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
