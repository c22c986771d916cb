import request from 'supertest';
import { DataSource } from 'typeorm';
import { inDistrict, startTestService, type TestService } from '#testing';
import { DEFAULT_DISTRICT_TIME_ZONE } from '#platform';
import { addDays, startOfDistrictDay } from '../src/calendar/domain/district-time.js';
import { CertificationExpiryJob } from '../src/certifications/run-certification-expiry/certification-expiry.job.js';
import { trainingDefinition } from '../src/training.definition.js';

const HOUR = 3_600_000;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('training: certification expiry job and eligibility events', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  let lms: string;
  let ds: DataSource;
  let staffSeq = 1000;

  beforeAll(async () => {
    svc = await startTestService(trainingDefinition);
    http = request(svc.app.getHttpServer());
    lms = await svc.idp.bearer(['system'], 'lms');
    ds = svc.db;
    for (const course of [
      { code: 'CIT-40', title: 'Crisis Intervention Team, 40-hour', category: 'cit', hours: 40, validityMonths: 24 },
      { code: 'MHFA', title: 'Mental Health First Aid', category: 'mental-health-first-aid', hours: 8, validityMonths: 36 },
    ]) {
      await http.post('/courses').set('authorization', lms).send(course).expect(201);
    }
  });
  afterAll(() => svc?.close());

  const grant = async (staffId: string, courseCode: string, issuedOn: string) =>
    (await http.post('/certifications').set('authorization', lms).send({ staffId, courseCode, issuedOn }).expect(201)).body as { id: string; expiresOn: string };

  /** Noon, district time, on the day `days` before `day`. */
  const noonBefore = (day: string, days: number) => new Date(startOfDistrictDay(addDays(day, -days), DEFAULT_DISTRICT_TIME_ZONE).getTime() + 12 * HOUR).toISOString();

  /** The job as its scheduler runs it on that day (now = asOf); over REST a later day is only a preview. */
  const run = (asOf: string) => inDistrict(svc, () => svc.app.get(CertificationExpiryJob).run(new Date(asOf), new Date(asOf)));

  async function events(type: string, where: string, value: string): Promise<Record<string, unknown>[]> {
    const rows = await ds.query(`SELECT payload FROM outbox WHERE type = $1 AND payload->>'${where}' = $2 ORDER BY id`, [type, value]);
    return rows.map((r: { payload: Record<string, unknown> }) => r.payload);
  }

  it('warns at exactly 90, 60 and 30 days (not at 91, 61, 31), once each even when run twice', async () => {
    const staffId = uuid(++staffSeq);
    const cert = await grant(staffId, 'MHFA', '2026-11-23');
    expect(cert.expiresOn).toBe('2029-11-23');
    const thresholds = async () => (await events('training.certification.expiring', 'certificationId', cert.id)).map((e) => [e.thresholdDays, e.daysRemaining]);

    await run(noonBefore(cert.expiresOn, 91));
    expect(await thresholds()).toEqual([]);
    await run(noonBefore(cert.expiresOn, 90));
    await run(noonBefore(cert.expiresOn, 90));
    expect(await thresholds()).toEqual([[90, 90]]);
    await run(noonBefore(cert.expiresOn, 89));
    await run(noonBefore(cert.expiresOn, 61));
    expect(await thresholds()).toEqual([[90, 90]]);
    await run(noonBefore(cert.expiresOn, 60));
    await run(noonBefore(cert.expiresOn, 59));
    await run(noonBefore(cert.expiresOn, 31));
    expect(await thresholds()).toEqual([[90, 90], [60, 60]]);
    await run(noonBefore(cert.expiresOn, 30));
    await run(noonBefore(cert.expiresOn, 1));
    expect(await thresholds()).toEqual([[90, 90], [60, 60], [30, 30]]);
    const [warning] = await events('training.certification.expiring', 'certificationId', cert.id);
    expect(warning).toEqual({ certificationId: cert.id, staffId, courseCode: 'MHFA', category: 'mental-health-first-aid', expiresOn: '2029-11-23', thresholdDays: 90, daysRemaining: 90, districtId: 'dev' });
  });

  it('sends only the tightest warning when first seen late, and never the wider ones afterwards', async () => {
    const cert = await grant(uuid(++staffSeq), 'MHFA', '2026-11-24');
    await run(noonBefore(cert.expiresOn, 25));
    await run(noonBefore(cert.expiresOn, 85)); // an admin re-running an older day changes nothing
    const warnings = await events('training.certification.expiring', 'certificationId', cert.id);
    expect(warnings.map((w) => [w.thresholdDays, w.daysRemaining])).toEqual([[30, 25]]);
  });

  it('publishes one warning when several runs race', async () => {
    const cert = await grant(uuid(++staffSeq), 'MHFA', '2026-11-25');
    const asOf = noonBefore(cert.expiresOn, 45);
    const results = await Promise.all([1, 2, 3, 4].map(() => run(asOf)));
    expect(await events('training.certification.expiring', 'certificationId', cert.id)).toHaveLength(1);
    expect(results.reduce((n, r) => n + r.warningsPublished, 0)).toBeGreaterThanOrEqual(1);
  });

  it('expires a CIT certification at local midnight of its expiry day: the officer loses eligibility, once', async () => {
    const staffId = uuid(++staffSeq);
    const cert = await grant(staffId, 'CIT-40', '2026-11-23');
    expect(cert.expiresOn).toBe('2028-11-23');
    const expired = () => events('training.certification.expired', 'certificationId', cert.id);
    const lapsed = async () => (await events('training.eligibility.changed', 'staffId', staffId)).filter((e) => e.reason === 'expired');

    await run('2028-11-23T05:59:59.999Z'); // 23:59:59.999 on the 22nd in Texas: still valid
    expect(await expired()).toEqual([]);
    const first = await run('2028-11-23T06:00:00.000Z');
    expect(first).toMatchObject({ day: '2028-11-23', eligibilityChanges: 1 });
    expect(await expired()).toEqual([{ certificationId: cert.id, staffId, courseCode: 'CIT-40', category: 'cit', expiredOn: '2028-11-23', districtId: 'dev' }]);
    expect(await lapsed()).toEqual([
      { staffId, citCertified: false, validThrough: null, certificationId: null, reason: 'expired', effectiveAt: '2028-11-23T06:00:00.000Z', districtId: 'dev' },
    ]);
    const again = await run('2028-11-24T12:00:00Z');
    expect(again).toMatchObject({ expiriesRecorded: 0, eligibilityChanges: 0 });
    expect(await expired()).toHaveLength(1);
    expect(await lapsed()).toHaveLength(1);
  });

  it('keeps an officer with a renewed CIT certification eligible when the old one lapses', async () => {
    const staffId = uuid(++staffSeq);
    const old = await grant(staffId, 'CIT-40', '2026-11-20');
    await grant(staffId, 'CIT-40', '2028-10-01');
    await run(noonBefore(old.expiresOn, 0));
    expect(await events('training.certification.expired', 'certificationId', old.id)).toHaveLength(1);
    expect((await events('training.eligibility.changed', 'staffId', staffId)).filter((e) => e.reason === 'expired')).toEqual([]);
  });

  it('publishes eligibility on CIT grants (from the moment they count) and revocations, never for other courses', async () => {
    const staffId = uuid(++staffSeq);
    const before = Date.now();
    const current = await grant(staffId, 'CIT-40', '2026-11-01');
    const future = await grant(staffId, 'CIT-40', '2030-01-15');
    await grant(staffId, 'CIT-40', '2020-01-01'); // lapsed long ago: changes nothing
    await grant(staffId, 'MHFA', '2026-11-01');
    const changes = await events('training.eligibility.changed', 'staffId', staffId);
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatchObject({ citCertified: true, certificationId: current.id, validThrough: '2028-10-31', reason: 'granted' });
    expect(Date.parse(changes[0].effectiveAt as string)).toBeGreaterThanOrEqual(before - 1000);
    expect(changes[1]).toMatchObject({ citCertified: true, certificationId: future.id, validThrough: '2032-01-14', reason: 'granted', effectiveAt: '2030-01-15T06:00:00.000Z' });

    await http.post(`/certifications/${current.id}/revoke`).set('authorization', lms).send({ reason: 'decertified' }).expect(200);
    const revoked = (await events('training.eligibility.changed', 'staffId', staffId)).at(-1);
    expect(revoked).toMatchObject({ staffId, citCertified: false, validThrough: null, certificationId: null, reason: 'revoked' });
  });

  it('ignores revoked certifications', async () => {
    const staffId = uuid(++staffSeq);
    const cert = await grant(staffId, 'CIT-40', '2026-11-02');
    await http.post(`/certifications/${cert.id}/revoke`).set('authorization', lms).send({ reason: 'recorded-in-error' }).expect(200);
    await run(noonBefore(cert.expiresOn, 30));
    await run(noonBefore(cert.expiresOn, 0));
    expect(await events('training.certification.expiring', 'certificationId', cert.id)).toEqual([]);
    expect(await events('training.certification.expired', 'certificationId', cert.id)).toEqual([]);
  });

  it('treats a run for a later district day as a preview: it says what that day would publish, and records and publishes nothing', async () => {
    const staffId = uuid(++staffSeq);
    const cert = await grant(staffId, 'CIT-40', '2026-11-23');
    const published = async () => ds.query(`SELECT type FROM outbox WHERE payload->>'certificationId' = $1 OR (payload->>'staffId' = $2 AND type <> 'training.eligibility.changed')`, [cert.id, staffId]);
    const before = await published();
    const preview = await http.post('/certification-expiry/runs').set('authorization', lms).send({ asOf: '2028-11-24T12:00:00Z' }).expect(200);
    expect(preview.body).toMatchObject({ day: '2028-11-24', preview: true, eligibilityChanges: expect.any(Number) });
    expect(preview.body.expiriesRecorded).toBeGreaterThanOrEqual(1);
    expect(await published()).toEqual(before);
    expect(await ds.query(`SELECT 1 FROM certification_expiry WHERE certification_id = $1`, [cert.id])).toEqual([]);
    expect((await events('training.eligibility.changed', 'staffId', staffId)).filter((e) => e.reason === 'expired')).toEqual([]);
    // Today's run is real.
    const today = await http.post('/certification-expiry/runs').set('authorization', lms).send({}).expect(200);
    expect(today.body.preview).toBe(false);
  });

  it('400 problem+json for a bad asOf; 403 for officers; runs without a body as of now', async () => {
    const bad = await http.post('/certification-expiry/runs').set('authorization', lms).send({ asOf: '2028-11-23' }).expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'asOf' })] });
    await http.post('/certification-expiry/runs').set('authorization', await svc.idp.bearer(['officer'])).send({}).expect(403);
    const now = await http.post('/certification-expiry/runs').set('authorization', lms).send({}).expect(200);
    expect(Math.abs(Date.parse(now.body.asOf) - Date.now())).toBeLessThan(60_000);
  });
});
