import request from 'supertest';
import type { LocalKafka as LocalBroker } from '#devkit';
import { eventually, startTestBroker, startTestService, testBrokerEnv, type TestService } from '#testing';
import { incidentsDefinition } from '../../apps/incidents/src/incidents.definition.js';
import { staffingDefinition } from '../../apps/staffing/src/staffing.definition.js';
import { trainingDefinition } from '../../apps/training/src/training.definition.js';

// Training publishes certification events; incidents and staffing keep their own projections.
// Nothing here reads another service's tables: facts travel over the broker only.
describe('system: certification → co-responder eligibility, through the broker', () => {
  let broker: LocalBroker;
  let training: TestService;
  let incidents: TestService;
  let staffing: TestService;

  beforeAll(async () => {
    broker = await startTestBroker();
    const env = testBrokerEnv(broker);
    [training, incidents, staffing] = await Promise.all([
      startTestService(trainingDefinition, env),
      startTestService(incidentsDefinition, env),
      startTestService(staffingDefinition, env),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([training?.close(), incidents?.close(), staffing?.close()]);
    await broker?.stop();
  });

  async function eligibility(staffId: string, on: string) {
    const res = await request(incidents.app.getHttpServer())
      .get(`/co-responder-eligibility/officers/${staffId}?on=${on}`)
      .set('authorization', await incidents.idp.bearer(['police-chief']))
      .expect(200);
    return res.body as { citCertified: boolean; citValidThrough: string | null };
  }

  it('makes an officer eligible when certified, and ineligible when the certification is revoked', async () => {
    const admin = await staffing.idp.bearer(['admin']);
    const officer = await request(staffing.app.getHttpServer())
      .post('/staff')
      .set('authorization', admin)
      .send({ employeeId: 'E50001', displayName: 'Officer D', role: 'officer', unit: 'police' })
      .expect(201);
    const staffId: string = officer.body.id;

    const lms = await training.idp.bearer(['system'], 'lms');
    const trainingHttp = request(training.app.getHttpServer());
    await trainingHttp.post('/courses').set('authorization', lms).send({ code: 'CIT-40', title: 'CIT', category: 'cit', hours: 40, validityMonths: 24 }).expect(201);
    expect((await eligibility(staffId, '2026-12-01')).citCertified).toBe(false);

    const granted = await trainingHttp
      .post('/certifications')
      .set('authorization', lms)
      .set('x-correlation-id', 'lms-import-7')
      .send({ staffId, courseCode: 'CIT-40', issuedOn: '2026-11-23' })
      .expect(201);
    expect(granted.body.expiresOn).toBe('2028-11-23');

    await eventually(() => eligibility(staffId, '2026-12-01'), (e) => e.citCertified);
    expect(await eligibility(staffId, '2026-12-01')).toMatchObject({ citCertified: true, citValidThrough: '2028-11-22' });
    expect((await eligibility(staffId, '2028-11-23')).citCertified).toBe(false); // expiry is exclusive
    expect((await eligibility(staffId, '2026-11-22')).citCertified).toBe(false); // not yet issued

    const roster = await eventually(
      async () => (await request(staffing.app.getHttpServer()).get(`/staff/${staffId}/certifications`).set('authorization', admin)).body,
      (list: unknown[]) => list.length === 1,
    );
    expect(roster).toEqual([expect.objectContaining({ courseCode: 'CIT-40', issuedOn: '2026-11-23', expiresOn: '2028-11-23' })]);

    await trainingHttp.post(`/certifications/${granted.body.id}/revoke`).set('authorization', lms).send({ reason: 'recorded-in-error' }).expect(200);
    await eventually(() => eligibility(staffId, '2026-12-01'), (e) => !e.citCertified);
    await eventually(
      async () => (await request(staffing.app.getHttpServer()).get(`/staff/${staffId}/certifications`).set('authorization', admin)).body,
      (list: unknown[]) => list.length === 0,
    );
  }, 60_000);

  it('stamps events with the request correlation id and applies each exactly once per consumer', async () => {
    // The tables as the district sees them (the services' own DataSources see no row outside one).
    const [row] = await training.db.query(`SELECT headers FROM outbox WHERE type = 'training.certification.granted' LIMIT 1`);
    expect(row.headers).toMatchObject({ ce_correlationid: 'lms-import-7', ce_source: 'training', ce_specversion: '1.0', ce_districtid: 'dev' });
    // Only the certification events: incidents also applies roster and eligibility events now.
    const inbox = await incidents.db.query(
      `SELECT event_type, count(*)::int AS n FROM inbox WHERE event_type LIKE 'training.certification.%' GROUP BY event_type ORDER BY 1`,
    );
    expect(inbox).toEqual([
      { event_type: 'training.certification.granted', n: 1 },
      { event_type: 'training.certification.revoked', n: 1 },
    ]);
  });

  it("exposes the relay's throughput and lag, and the consumers' outcomes, as metrics", async () => {
    const trainingMetrics = (await request(training.app.getHttpServer()).get('/metrics').expect(200)).text;
    expect(Number(/^outbox_published_total (\d+)/m.exec(trainingMetrics)?.[1])).toBeGreaterThanOrEqual(3);
    expect(trainingMetrics).toMatch(/^outbox_lag_seconds /m);
    expect(trainingMetrics).toMatch(/^outbox_batch_duration_seconds_count /m);
    const incidentsMetrics = (await request(incidents.app.getHttpServer()).get('/metrics').expect(200)).text;
    expect(incidentsMetrics).toContain('consumer_events_total{consumer="incidents.co-responder-eligibility",outcome="applied"} 2');
  });

  it('reports the broker in readiness', async () => {
    const res = await request(incidents.app.getHttpServer()).get('/health/ready').expect(200);
    expect(res.body.info).toMatchObject({ database: { status: 'up' }, broker: { status: 'up' } });
  });
});
