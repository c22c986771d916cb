import request from 'supertest';
import { DataSource } from 'typeorm';
import type { LocalKafka as LocalBroker } from '#devkit';
import { DEFAULT_DISTRICT_TIME_ZONE } from '#platform';
import { eventually, startTestBroker, startTestService, testBrokerEnv, type TestService } from '#testing';
import { incidentsDefinition } from '../../apps/incidents/src/incidents.definition.js';
import { staffingDefinition } from '../../apps/staffing/src/staffing.definition.js';
import { addDays, districtDay, startOfDistrictDay } from '../../apps/training/src/calendar/domain/district-time.js';
import { trainingDefinition } from '../../apps/training/src/training.definition.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const CAMPUS = 'campus-sys-exp-01';

// Staffing owns the roster, training the certifications and their expiry; incidents dispatches from
// its own projections of their events. Everything between the services travels over the broker.
describe('system: a CIT certification expires and the officer is no longer dispatched, through the broker', () => {
  let broker: LocalBroker;
  let staffing: TestService;
  let training: TestService;
  let incidents: TestService;
  let officerId: string;
  let certificationId: string;
  let expiresOn: string;
  let beforeExpiry: Date;
  let afterExpiry: Date;

  const as = (svc: TestService, role: 'admin' | 'system' | 'officer' | 'police-chief') => svc.idp.bearer([role], `${role}-sys`);

  beforeAll(async () => {
    broker = await startTestBroker();
    const env = testBrokerEnv(broker);
    [staffing, training, incidents] = await Promise.all([
      startTestService(staffingDefinition, env),
      startTestService(trainingDefinition, env),
      startTestService(incidentsDefinition, env),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([staffing?.close(), training?.close(), incidents?.close()]);
    await broker?.stop();
  });

  async function coResponders(at: Date): Promise<{ staffId: string; citCurrent: boolean }[]> {
    const res = await request(incidents.app.getHttpServer())
      .get('/co-responder-eligibility')
      .query({ campusId: CAMPUS, at: at.toISOString() })
      .set('authorization', await as(incidents, 'police-chief'))
      .expect(200);
    return res.body.officers;
  }

  /** Reports a co-response incident occurring just before `at`, triages it, and asks for dispatch at `at`. */
  async function dispatchAt(at: Date): Promise<request.Response> {
    const http = request(incidents.app.getHttpServer());
    const auth = await as(incidents, 'officer');
    const incident = await http
      .post('/incidents')
      .set('authorization', auth)
      .send({
        campusId: CAMPUS,
        location: 'Library, second floor',
        occurredAt: new Date(at.getTime() - 10 * MINUTE).toISOString(),
        type: 'welfare-check',
        studentIds: ['S1000042'],
        narrative: 'A student in distress asked for help; Officer D responded.',
        mentalHealthCrisis: true,
      })
      .expect(201);
    await http
      .post(`/incidents/${incident.body.id}/triage`)
      .set('authorization', auth)
      .send({ priority: 'urgent', coResponseIndicated: true, at: new Date(at.getTime() - 5 * MINUTE).toISOString() })
      .expect(200);
    return http.post(`/incidents/${incident.body.id}/dispatch`).set('authorization', auth).send({ at: at.toISOString() });
  }

  it('sets up an officer with a CIT certification that lapsed three days ago, and an on-call clinician', async () => {
    const staffingHttp = request(staffing.app.getHttpServer());
    const admin = await as(staffing, 'admin');
    officerId = (await staffingHttp.post('/staff').set('authorization', admin).send({ employeeId: 'E70001', displayName: 'Officer D', role: 'officer', unit: 'police' }).expect(201)).body.id;
    const clinicianId = (
      await staffingHttp
        .post('/staff')
        .set('authorization', admin)
        .send({ employeeId: 'E70002', displayName: 'Clinician A', role: 'clinician', unit: 'behavioral-health', licenseNumber: 'LCSW-070002' })
        .expect(201)
    ).body.id;

    const trainingHttp = request(training.app.getHttpServer());
    const lms = await as(training, 'system');
    await trainingHttp.post('/courses').set('authorization', lms).send({ code: 'CIT-40', title: 'Crisis Intervention Team, 40-hour', category: 'cit', hours: 40, validityMonths: 24 }).expect(201);
    const lapsedOn = addDays(districtDay(new Date(), DEFAULT_DISTRICT_TIME_ZONE), -3);
    // 24 months before (29 February has no twin two years earlier; the 28th lapses a day sooner, still in the past).
    const issuedOn = `${Number(lapsedOn.slice(0, 4)) - 2}${lapsedOn.slice(4) === '-02-29' ? '-02-28' : lapsedOn.slice(4)}`;
    const cert = await trainingHttp.post('/certifications').set('authorization', lms).send({ staffId: officerId, courseCode: 'CIT-40', issuedOn }).expect(201);
    certificationId = cert.body.id;
    expiresOn = cert.body.expiresOn;
    beforeExpiry = new Date(startOfDistrictDay(expiresOn, DEFAULT_DISTRICT_TIME_ZONE).getTime() - 12 * HOUR); // noon on the last valid day
    afterExpiry = new Date(Date.now() - 30 * MINUTE);
    expect(afterExpiry.getTime()).toBeGreaterThan(startOfDistrictDay(expiresOn, DEFAULT_DISTRICT_TIME_ZONE).getTime());

    await staffingHttp
      .post(`/staff/${officerId}/assignments`)
      .set('authorization', admin)
      .send({ campusId: CAMPUS, primary: true, effectiveFrom: addDays(expiresOn, -30) })
      .expect(201);
    for (const at of [beforeExpiry, afterExpiry]) {
      await staffingHttp
        .post('/on-call-shifts')
        .set('authorization', admin)
        .send({ staffId: clinicianId, campusIds: [CAMPUS], startsAt: new Date(at.getTime() - 2 * HOUR).toISOString(), endsAt: new Date(at.getTime() + 2 * HOUR).toISOString() })
        .expect(201);
    }

    // Training learns the roster from staffing, incidents learns everything from both.
    await eventually(async () => (await request(training.app.getHttpServer()).get(`/compliance/staff/${officerId}`).set('authorization', lms)).status, (s) => s === 200);
    await eventually(() => coResponders(beforeExpiry), (officers) => officers.some((o) => o.staffId === officerId && o.citCurrent), 30_000);
  }, 60_000);

  it('dispatched the officer while the certification was current', async () => {
    const res = await dispatchAt(beforeExpiry);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'dispatched', dispatch: { coResponse: true, officerStaffId: officerId, clinicianStaffId: expect.any(String) } });
  }, 30_000);

  it('publishes the expiry once when the job runs past it, and every service sees the officer ineligible', async () => {
    const trainingHttp = request(training.app.getHttpServer());
    const lms = await as(training, 'system');
    const first = await trainingHttp.post('/certification-expiry/runs').set('authorization', lms).send({ asOf: new Date().toISOString() }).expect(200);
    expect(first.body).toMatchObject({ expiriesRecorded: 1, eligibilityChanges: 1 });
    const second = await trainingHttp.post('/certification-expiry/runs').set('authorization', lms).send({ asOf: new Date().toISOString() }).expect(200);
    expect(second.body).toMatchObject({ expiriesRecorded: 0, eligibilityChanges: 0 });

    const staffingView = await eventually(
      async () => (await request(staffing.app.getHttpServer()).get(`/staff/${officerId}/co-responder-training`).set('authorization', await as(staffing, 'admin'))).body,
      (e: { reason: string | null }) => e.reason === 'expired',
    );
    expect(staffingView).toEqual({ staffId: officerId, citCertified: false, validThrough: null, reason: 'expired', effectiveAt: startOfDistrictDay(expiresOn, DEFAULT_DISTRICT_TIME_ZONE).toISOString() });

    const incidentsDs = incidents.db;
    await eventually(
      async () => (await incidentsDs.query(`SELECT count(*)::int AS n FROM inbox WHERE event_type = 'training.eligibility.changed'`))[0].n,
      (n: number) => n === 1,
    );
    expect((await coResponders(afterExpiry)).find((o) => o.staffId === officerId)).toMatchObject({ citCurrent: false });
    // The verdict is about the future only: what held before the expiry still holds.
    expect((await coResponders(beforeExpiry)).find((o) => o.staffId === officerId)).toMatchObject({ citCurrent: true });
  }, 30_000);

  it('no longer dispatches the officer: 409 DISPATCH.NO_ELIGIBLE_PAIR, no CIT officer', async () => {
    const res = await dispatchAt(afterExpiry);
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'DISPATCH.NO_ELIGIBLE_PAIR', reasons: ['no-cit-officer'], campusId: CAMPUS });
    const [row] = await training.db.query(`SELECT count(*)::int AS n FROM outbox WHERE type = 'training.certification.expired' AND key = $1`, [certificationId]);
    expect(row.n).toBe(1);
  }, 30_000);
});
