import request from 'supertest';
import { DataSource } from 'typeorm';
import { StaffAddedEvent } from '#contracts';
import { EventValidator } from '#messaging';
import { inDistrict, startTestService, type TestService, deliverEvent } from '#testing';
import { DEFAULT_DISTRICT_TIME_ZONE } from '#platform';
import { addDays, startOfDistrictDay } from '../src/calendar/domain/district-time.js';
import { CertificationExpiryJob } from '../src/certifications/run-certification-expiry/certification-expiry.job.js';
import { ProjectRosterHandler } from '../src/compliance/project-roster/project-roster.handler.js';
import { trainingDefinition } from '../src/training.definition.js';

const id = (n: number) => `55555555-5555-4555-8555-${String(n).padStart(12, '0')}`;
const LCSW = id(1);
const LPC = id(2);
const HOUR = 3_600_000;

describe('training: clinician licenses (number, expiry), CEU and ethics hours per renewal period, expiry warnings', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  let director: string;
  let ds: DataSource;

  beforeAll(async () => {
    svc = await startTestService(trainingDefinition);
    http = request(svc.app.getHttpServer());
    ds = svc.db;
    director = await svc.idp.bearer(['bh-director'], 'bh-director-1');
    const lms = await svc.idp.bearer(['system'], 'lms');
    for (const [staffId, employeeId] of [[LCSW, 'E80001'], [LPC, 'E80002']]) {
      const data = { staffId, employeeId, role: 'clinician', unit: 'behavioral-health', licensed: true };
      await ds.transaction((em) => deliverEvent(svc.app, ProjectRosterHandler, { id: `added-${staffId}`, source: 'staffing', type: StaffAddedEvent.type, specversion: '1.0', data } as never, em));
    }
    for (const course of [
      { code: 'CEU-ETH-6', title: 'Ethics for social workers (CEU)', category: 'clinician-ceu', hours: 6, ethicsHours: 6 },
      { code: 'CEU-TRAUMA-12', title: 'Trauma-informed care (CEU)', category: 'clinician-ceu', hours: 12 },
    ]) {
      await http.post('/courses').set('authorization', lms).send(course).expect(201);
    }
    const row = (staffId: string, courseCode: string, completedOn: string) => ({ staffId, courseCode, completedOn });
    await http.post('/completion-imports').set('authorization', lms)
      .send({ rows: [row(LCSW, 'CEU-ETH-6', '2025-06-01'), row(LCSW, 'CEU-TRAUMA-12', '2025-09-01'), row(LCSW, 'CEU-TRAUMA-12', '2026-02-01'), row(LPC, 'CEU-TRAUMA-12', '2026-01-10')] })
      .expect(201);
  });
  afterAll(() => svc?.close());

  const record = (staffId: string, body: Record<string, unknown>) => http.post(`/clinicians/${staffId}/licenses`).set('authorization', director).send(body);
  const report = async (staffId: string, asOf: string) =>
    (await http.get(`/compliance/staff/${staffId}`).query({ asOf }).set('authorization', director).expect(200)).body;

  it('records licenses (LMSW, LCSW, LPC, LSSP) with number and expiry; bad ones are 400, a duplicate 409, officers 403', async () => {
    const res = await record(LCSW, { licenseType: 'LCSW', licenseNumber: '12345', issuedOn: '2025-04-01', expiresOn: '2027-04-01' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ staffId: LCSW, licenseType: 'LCSW', licenseNumber: '12345', expiresOn: '2027-04-01', recordedBy: 'bh-director-1' });
    expect((await record(LCSW, { licenseType: 'LCSW', licenseNumber: '12345', issuedOn: '2025-04-01', expiresOn: '2027-04-01' })).status).toBe(409);
    const bad = await record(LCSW, { licenseType: 'MD', licenseNumber: 'x y', issuedOn: '2025-04-01', expiresOn: '2025-02-30' });
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['expiresOn', 'licenseNumber', 'licenseType']);
    expect((await record(LCSW, { licenseType: 'LPC', licenseNumber: '1', issuedOn: '2025-04-01', expiresOn: '2025-04-01' })).status).toBe(400);
    expect((await http.post(`/clinicians/${LCSW}/licenses`).set('authorization', await svc.idp.bearer(['officer'])).send({})).status).toBe(403);
    const list = await http.get(`/clinicians/${LCSW}/licenses`).set('authorization', director).expect(200);
    expect(list.body.map((l: { licenseNumber: string }) => l.licenseNumber)).toEqual(['12345']);
  });

  it('counts CEU and ethics hours in the renewal period: an LCSW needs 30 h with 6 ethics per 2 years (CEUs outside it do not count)', async () => {
    expect((await report(LCSW, '2025-08-01')).requirements.filter((x: { met: boolean }) => !x.met).map((x: { code: string; completed: number }) => [x.code, x.completed])).toEqual([['CEU_HOURS', 6]]);
    const r = await report(LCSW, '2026-12-01');
    expect(r.compliant).toBe(true);
    expect(r.requirements).toEqual([
      { code: 'LICENSE_CURRENT', period: { from: '2026-12-01', to: '2026-12-02' }, required: 1, completed: 1, met: true, reason: null },
      { code: 'CEU_HOURS', period: { from: '2025-04-01', to: '2027-04-01' }, required: 30, completed: 30, met: true, reason: null },
      { code: 'ETHICS_HOURS', period: { from: '2025-04-01', to: '2027-04-01' }, required: 6, completed: 6, met: true, reason: null },
    ].map((x) => (x.code === 'LICENSE_CURRENT' ? { ...x, period: expect.any(Object) } : x)));
  });

  it('says why a clinician is out of compliance: ethics hours short, or the license lapsed', async () => {
    await record(LPC, { licenseType: 'LPC', licenseNumber: 'LPC-777', issuedOn: '2025-01-01', expiresOn: '2027-01-01' }).then((r) => expect(r.status).toBe(201));
    const r = await report(LPC, '2026-12-01');
    expect(r.requirements.filter((x: { met: boolean }) => !x.met).map((x: { reason: string }) => x.reason)).toEqual([
      '12 of 24 CEU hours for the LPC renewal period 2025-01-01 to 2026-12-31',
      '0 of 3 ethics hours for the LPC renewal period 2025-01-01 to 2026-12-31',
    ]);
    expect((await report(LPC, '2027-01-01')).requirements).toEqual([
      expect.objectContaining({ code: 'LICENSE_CURRENT', met: false, reason: 'LPC license expired on 2027-01-01' }),
    ]);
  });

  it('warns at 90/60/30 days and records the expiry, like certifications; a renewal stops them; a future run is a preview', async () => {
    const expiryJob = svc.app.get(CertificationExpiryJob);
    const job = { run: (asOf: Date, now: Date) => inDistrict(svc, () => expiryJob.run(asOf, now)) };
    const noonBefore = (day: string, days: number) => new Date(startOfDistrictDay(addDays(day, -days), DEFAULT_DISTRICT_TIME_ZONE).getTime() + 12 * HOUR);
    const events = async (type: string, staffId: string) =>
      (await ds.query(`SELECT payload, headers FROM outbox WHERE type = $1 AND payload->>'staffId' = $2 ORDER BY id`, [type, staffId])) as { payload: Record<string, unknown>; headers: Record<string, string> }[];

    const preview = await job.run(noonBefore('2027-01-01', 30), noonBefore('2027-01-01', 92));
    expect(preview).toMatchObject({ preview: true, licenseWarningsPublished: 1 });
    expect(await events('training.license.expiring', LPC)).toEqual([]);

    for (const days of [91, 90, 90, 61, 60, 31, 30, 1]) await job.run(noonBefore('2027-01-01', days), noonBefore('2027-01-01', days));
    const warnings = await events('training.license.expiring', LPC);
    expect(warnings.map((w) => [w.payload.thresholdDays, w.payload.daysRemaining])).toEqual([[90, 90], [60, 60], [30, 30]]);
    expect(warnings[0].payload).not.toHaveProperty('licenseNumber');
    await job.run(noonBefore('2027-01-01', 0), noonBefore('2027-01-01', 0));
    expect((await events('training.license.expired', LPC)).map((e) => e.payload)).toEqual([
      { licenseId: expect.any(String), staffId: LPC, licenseType: 'LPC', expiredOn: '2027-01-01', districtId: 'dev' },
    ]);
    const validator = new EventValidator();
    for (const e of [...warnings, ...(await events('training.license.expired', LPC))]) expect(validator.validate(e.headers.ce_dataschema, e.payload).valid).toBe(true);

    // The LCSW got the 90-day warning (the last run above), then renewed: no 60- or 30-day warning, no expiry.
    expect((await events('training.license.expiring', LCSW)).map((w) => w.payload.thresholdDays)).toEqual([90]);
    await record(LCSW, { licenseType: 'LCSW', licenseNumber: '12345', issuedOn: '2027-01-15', expiresOn: '2029-04-01' }).then((r) => expect(r.status).toBe(201));
    for (const days of [60, 30, 0]) await job.run(noonBefore('2027-04-01', days), noonBefore('2027-04-01', days));
    expect((await events('training.license.expiring', LCSW)).map((w) => w.payload.thresholdDays)).toEqual([90]);
    expect(await events('training.license.expired', LCSW)).toEqual([]);
  });
});
