import request from 'supertest';
import type { DataSource } from 'typeorm';
import { PLATFORM_DISTRICT_ID } from '#contracts';
import type { LocalKafka as LocalBroker } from '#devkit';
import { DEFAULT_DISTRICT_TIME_ZONE, DistrictDirectory } from '#platform';
import {
  bootTestService, districtDataSource, eventually, startTestBroker, startTestService, testBrokerEnv, TEST_AUDIENCE, TestIdentityProvider, type TestService,
} from '#testing';
import { incidentsDefinition } from '../../apps/incidents/src/incidents.definition.js';
import { staffingDefinition } from '../../apps/staffing/src/staffing.definition.js';
import { addDays, districtDay } from '../../apps/training/src/calendar/domain/district-time.js';
import { trainingDefinition } from '../../apps/training/src/training.definition.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const NORTH = 'north-isd'; // A: lends its on-call clinician
const B = 'dev'; // the deployment's district: the incident's
const CAMPUS_B = 'campus-sys-shared-01';
const CAMPUS_A = 'campus-north-hs-01';

// Issue 19 items 4 and 6: a clinician of district A, on call in A (staffing, A's own tokens), is
// dispatched by incidents to district B's campus only once a sharing agreement is recorded at
// staffing and has reached incidents over the broker; refused without one. Incidents is down while
// the agreement is recorded (the fault): on restart it catches up from its committed offsets.
describe('system: a shared clinician dispatched across districts under a sharing agreement, through the broker', () => {
  let broker: LocalBroker;
  let env: NodeJS.ProcessEnv;
  let staffing: TestService;
  let training: TestService;
  let incidents: TestService;
  let northIdp: TestIdentityProvider;
  let jwks: { url: string; close(): Promise<void> };
  let clinicianId: string;
  let officerId: string;
  let incidentId: string;
  let agreementId: string;
  const sources: DataSource[] = [];
  const dispatchAt = new Date(Date.now() - 20 * MINUTE);

  const incidentsAuth = () => incidents.idp.bearer(['officer'], 'officer-sys');
  const dispatch = async () =>
    request(incidents.app.getHttpServer()).post(`/incidents/${incidentId}/dispatch`).set('authorization', await incidentsAuth()).send({ at: dispatchAt.toISOString() });
  const audits = async (districtId: string) => {
    const ds = await districtDataSource(incidents.app, districtId);
    sources.push(ds);
    return ds.query(`SELECT kind, agreement_id, acting_district_id, partner_district_id, actor FROM cross_district_access WHERE subject = $1 ORDER BY id`, [`incident:${incidentId}`]);
  };

  beforeAll(async () => {
    broker = await startTestBroker();
    env = testBrokerEnv(broker);
    [staffing, training, incidents] = await Promise.all([
      startTestService(staffingDefinition, env),
      startTestService(trainingDefinition, env),
      startTestService(incidentsDefinition, env),
    ]);
    northIdp = await TestIdentityProvider.create({ issuer: 'https://idp.north-isd.example/' });
    jwks = await northIdp.serveJwks();
  }, 120_000);
  afterAll(async () => {
    for (const ds of sources) await ds.destroy().catch(() => undefined);
    await Promise.all([staffing?.close(), training?.close(), incidents?.close(), jwks?.close()]);
    await broker?.stop();
  });

  it("sets up A's on-call clinician with A's own tokens, and B's CIT officer at B's campus", async () => {
    const staffingHttp = () => request(staffing.app.getHttpServer());
    await staffingHttp()
      .post('/districts')
      .set('authorization', await staffing.idp.bearer(['platform-admin'], 'ops-1'))
      .send({ districtId: NORTH, name: 'North ISD', issuer: northIdp.issuer, jwksUrl: jwks.url, audience: TEST_AUDIENCE, timeZone: 'America/Chicago', pseudonymKeyId: 'north-1', campusIds: [CAMPUS_A] })
      .expect(201);
    await eventually(async () => incidents.app.get(DistrictDirectory).get(NORTH), (d) => d !== undefined);

    const northAdmin = `Bearer ${await northIdp.token(['admin'], 'north-admin')}`;
    clinicianId = (
      await staffingHttp()
        .post('/staff')
        .set('authorization', northAdmin)
        .send({ employeeId: 'N80001', displayName: 'Clinician N', role: 'clinician', unit: 'behavioral-health', licenseNumber: 'LCSW-080001' })
        .expect(201)
    ).body.id;
    await staffingHttp()
      .post('/on-call-shifts')
      .set('authorization', northAdmin)
      .send({ staffId: clinicianId, campusIds: [CAMPUS_A], startsAt: new Date(dispatchAt.getTime() - 2 * HOUR).toISOString(), endsAt: new Date(dispatchAt.getTime() + 4 * HOUR).toISOString() })
      .expect(201);

    const admin = await staffing.idp.bearer(['admin'], 'admin-sys');
    officerId = (await staffingHttp().post('/staff').set('authorization', admin).send({ employeeId: 'E80002', displayName: 'Officer B', role: 'officer', unit: 'police' }).expect(201)).body.id;
    const today = districtDay(new Date(), DEFAULT_DISTRICT_TIME_ZONE);
    await staffingHttp().post(`/staff/${officerId}/assignments`).set('authorization', admin).send({ campusId: CAMPUS_B, primary: true, effectiveFrom: addDays(today, -30) }).expect(201);
    const trainingHttp = () => request(training.app.getHttpServer());
    const lms = await training.idp.bearer(['system'], 'lms');
    await trainingHttp().post('/courses').set('authorization', lms).send({ code: 'CIT-40', title: 'CIT', category: 'cit', hours: 40, validityMonths: 24 }).expect(201);
    await eventually(async () => (await trainingHttp().get(`/compliance/staff/${officerId}`).set('authorization', lms)).status, (s) => s === 200);
    await trainingHttp().post('/certifications').set('authorization', lms).send({ staffId: officerId, courseCode: 'CIT-40', issuedOn: addDays(today, -60) }).expect(201);

    // Incidents holds A's shift in A's projection, B's officer (CIT-current) in B's.
    const north = await districtDataSource(incidents.app, NORTH);
    sources.push(north);
    await eventually(() => north.query(`SELECT staff_id FROM on_call_shift`), (rows) => rows.length === 1, 30_000);
    expect(await incidents.db.query(`SELECT count(*)::int AS n FROM on_call_shift`)).toEqual([{ n: 0 }]);
    await eventually(
      async () => (await request(incidents.app.getHttpServer()).get('/co-responder-eligibility').query({ campusId: CAMPUS_B, at: dispatchAt.toISOString() })
        .set('authorization', await incidents.idp.bearer(['police-chief']))).body.officers ?? [],
      (officers: { staffId: string; citCurrent: boolean }[]) => officers.some((o) => o.staffId === officerId && o.citCurrent),
      30_000,
    );
  }, 90_000);

  it("refuses to dispatch B's incident without an agreement (no clinician on call for the campus), and audits nothing", async () => {
    const http = request(incidents.app.getHttpServer());
    const auth = await incidentsAuth();
    incidentId = (
      await http.post('/incidents').set('authorization', auth).send({
        campusId: CAMPUS_B, location: 'Gym', occurredAt: new Date(dispatchAt.getTime() - 20 * MINUTE).toISOString(), type: 'welfare-check',
        studentIds: ['S1000077'], narrative: 'A student in distress asked for help (synthetic).', mentalHealthCrisis: true,
      }).expect(201)
    ).body.id;
    await request(incidents.app.getHttpServer()).post(`/incidents/${incidentId}/triage`).set('authorization', auth)
      .send({ priority: 'urgent', coResponseIndicated: true, at: new Date(dispatchAt.getTime() - 10 * MINUTE).toISOString() }).expect(200);
    const refused = await dispatch();
    expect([refused.status, refused.body.code, refused.body.reasons]).toEqual([409, 'DISPATCH.NO_ELIGIBLE_PAIR', ['no-clinician-on-call']]);
    expect(await audits(B)).toEqual([]);
    expect(await audits(NORTH)).toEqual([]);
  }, 30_000);

  it('records the agreement at staffing while incidents is down; restarted, incidents learns it and dispatches A’s clinician, audited in both districts', async () => {
    const { schema, idp } = incidents;
    await incidents.db.destroy();
    await incidents.app.close(); // the consumers are gone; the schema and committed offsets stay

    const recorded = await request(staffing.app.getHttpServer())
      .post('/sharing-agreements')
      .set('authorization', await staffing.idp.bearer(['platform-admin'], 'ops-1'))
      .send({ providerDistrictId: NORTH, receiverDistrictId: B, campusIds: [CAMPUS_B], shares: ['on-call-clinicians'], effectiveFrom: new Date(Date.now() - 24 * HOUR).toISOString() });
    expect(recorded.status).toBe(201);
    agreementId = recorded.body.agreementId;

    incidents = await bootTestService(incidentsDefinition, schema, idp, env);
    const accepted = await eventually(dispatch, (res) => res.status === 200, 45_000);
    expect(accepted.body).toMatchObject({
      status: 'dispatched',
      dispatch: { coResponse: true, officerStaffId: officerId, officerDistrictId: null, clinicianStaffId: clinicianId, clinicianDistrictId: NORTH, sharingAgreementId: agreementId },
    });
    const shown = await request(incidents.app.getHttpServer()).get(`/incidents/${incidentId}`).set('authorization', await incidentsAuth()).expect(200);
    expect(shown.body.dispatch).toMatchObject({ clinicianDistrictId: NORTH, sharingAgreementId: agreementId });

    const expected = [
      { kind: 'read', agreement_id: agreementId, acting_district_id: B, partner_district_id: NORTH, actor: 'sub:dev/officer-sys' },
      { kind: 'dispatch', agreement_id: agreementId, acting_district_id: B, partner_district_id: NORTH, actor: `staff:${clinicianId}` },
    ];
    expect(await audits(B)).toEqual(expected);
    expect(await audits(NORTH)).toEqual(expected);

    // Nothing lost or doubled across the restart: the agreement applied once, in the platform tenant.
    const platform = await districtDataSource(incidents.app, PLATFORM_DISTRICT_ID);
    sources.push(platform);
    expect(await platform.query(`SELECT id::text AS id, provider_district_id, receiver_district_id FROM sharing_agreement`)).toEqual([
      { id: agreementId, provider_district_id: NORTH, receiver_district_id: B },
    ]);
    expect(await platform.query(`SELECT count(*)::int AS n FROM inbox WHERE consumer = 'incidents.sharing-agreements'`)).toEqual([{ n: 1 }]);
    // The dispatch event says who came from where.
    const [event] = await incidents.db.query(`SELECT payload FROM outbox WHERE type = 'incidents.incident.dispatched' AND payload->>'incidentId' = $1`, [incidentId]);
    expect(event.payload).toMatchObject({ clinicianStaffId: clinicianId, clinicianDistrictId: NORTH, sharingAgreementId: agreementId });
  }, 90_000);
});
