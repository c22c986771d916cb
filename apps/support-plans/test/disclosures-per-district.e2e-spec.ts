import pg from 'pg';
import type { DataSource } from 'typeorm';
import { districtDataSource, startTestService, testDatabaseUrl, type TestService } from '#testing';
import { DisclosureLog } from '../src/disclosures/data/disclosure-log.js';
import { DisclosureSealer } from '../src/disclosures/seal-disclosures/disclosure-sealer.js';
import type { DisclosureRecord } from '../src/disclosures/domain/chain.js';
import { runDisclosuresVerify } from '../src/disclosures/verify-disclosures/verify-command.js';
import { verifyDisclosureLog } from '../src/disclosures/verify-disclosures/verify-log.js';
import { supportPlansDefinition } from '../src/support-plans.definition.js';

// Issue 19: the record of disclosures is each district's own hash chain (R7 under tenancy).
describe('support-plans: one record of disclosures per district (R7, tenancy)', () => {
  let svc: TestService;
  let other: DataSource;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    other = await districtDataSource(svc.app, 'district-b');
  });
  afterAll(async () => {
    await other?.destroy();
    await svc?.close();
  });

  const entry = (studentId: string): DisclosureRecord => ({
    who: 'clinical',
    toWhom: { id: 'officer-1', role: 'officer', unit: 'police' },
    when: new Date().toISOString(),
    studentId,
    recordType: 'referral',
    purpose: 'co-response',
    classes: ['EDU-CLIN'],
    fields: ['reason'],
    basis: { kind: 'consent', id: 'consent-1' },
    bases: { 'EDU-CLIN': { kind: 'consent', id: 'consent-1' } },
    exempt: false,
    ruleIds: ['R7'],
    recordId: null,
    channel: 'api',
  });
  const append = (ds: DataSource, studentId: string) => ds.transaction((em) => svc.app.get(DisclosureLog).append(em, entry(studentId)));
  const verify = async () => {
    const out: string[] = [];
    const code = await runDisclosuresVerify({ DATABASE_URL: testDatabaseUrl(), DB_SCHEMA: svc.schema }, (l) => out.push(l), (l) => out.push(l));
    return { code, out };
  };

  it("R7: a district's first disclosure starts its own chain; neither district sees or links to the other's entries", async () => {
    const a1 = await append(svc.db, 'S7000001');
    const b1 = await append(other, 'S7000002');
    const a2 = await append(svc.db, 'S7000001');
    const b2 = await append(other, 'S7000002');
    await svc.app.get(DisclosureSealer).sealAll();
    await svc.app.get(DisclosureSealer).sealDistricts(['district-b']);
    const seqOf = async (ds: DataSource, id: string) => Number((await ds.query(`SELECT seq FROM disclosure WHERE id = $1`, [id]))[0].seq);
    expect([await seqOf(svc.db, a1.id), await seqOf(svc.db, a2.id), await seqOf(other, b1.id), await seqOf(other, b2.id)]).toEqual([1, 2, 1, 2]);
    expect((await svc.db.query(`SELECT student_id FROM disclosure ORDER BY seq`)).map((r: { student_id: string }) => r.student_id)).toEqual(['S7000001', 'S7000001']);
    expect((await other.query(`SELECT student_id FROM disclosure ORDER BY seq`)).map((r: { student_id: string }) => r.student_id)).toEqual(['S7000002', 'S7000002']);
    expect(await verify()).toEqual({ code: 0, out: [`record of disclosures ${svc.schema}: intact (4 entries across 2 districts)`] });
  });

  it('R7: the verify command names the district whose chain was tampered with', async () => {
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    const t = `"${svc.schema}".disclosure`;
    try {
      await client.query(`ALTER TABLE ${t} DISABLE TRIGGER disclosure_append_only`);
      await client.query(`UPDATE ${t} SET entry = jsonb_set(entry, '{toWhom,id}', '"nobody"') WHERE district_id = 'district-b' AND seq = 2`);
      const broken = await verify();
      expect(broken.code).toBe(1);
      expect(broken.out).toEqual([
        `record of disclosures ${svc.schema}: BROKEN, 1 problem(s) in 4 entries across 2 districts`,
        '  district district-b entry 2: content does not match its hash (entry changed)',
      ]);
    } finally {
      await client.query(`ALTER TABLE ${t} ENABLE TRIGGER disclosure_append_only`).catch(() => undefined);
      await client.end();
    }
  });

  it("R7 (issue 16): a district whose disclosures are not sealed yet has no chain head yet, and that is no break", async () => {
    const third = await districtDataSource(svc.app, 'district-c');
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      await append(third, 'S7000003');
      await client.query(`SET search_path = "${svc.schema}"`);
      const report = await verifyDisclosureLog(client, svc.schema);
      expect(report.breaks.filter((b) => b.districtId === 'district-c')).toEqual([]);
      expect(report.unsealed).toBe(1);
      await svc.app.get(DisclosureSealer).sealDistricts(['district-c']);
      const sealed = await verifyDisclosureLog(client, svc.schema);
      expect(sealed.breaks.filter((b) => b.districtId === 'district-c')).toEqual([]);
      expect(sealed.unsealed).toBe(0);
      expect((await third.query(`SELECT seq, prev_hash FROM disclosure`)).map((r: { seq: string }) => Number(r.seq))).toEqual([1]);
    } finally {
      await client.end();
      await third.destroy();
    }
  });
});
