import pg from 'pg';
import request from 'supertest';
import { StaffAddedEvent } from '#contracts';
import type { LocalKafka as LocalBroker } from '#devkit';
import { runInDistrict } from '#platform';
import { districtDataSource, eventually, startTestBroker, startTestService, testBrokerEnv, testDatabaseUrl, type TestService } from '#testing';
import { incidentsDefinition } from '../../apps/incidents/src/incidents.definition.js';
import { startForeignPublisher, type ForeignPublisher } from '../../apps/support-plans/test/support/foreign-publisher.js';

// Issue 19 item 3: every event names its district (ce_districtid) and is applied into that
// district's rows only, its inbox claim included. Real broker, real relay, real consumer.
describe('tenancy: events carry the district and are applied into it', () => {
  let broker: LocalBroker;
  let svc: TestService;
  let staffing: ForeignPublisher;
  let owner: pg.Client;

  beforeAll(async () => {
    broker = await startTestBroker();
    [svc, staffing] = await Promise.all([startTestService(incidentsDefinition, testBrokerEnv(broker)), startForeignPublisher(broker, 'staffing')]);
    owner = new pg.Client({ connectionString: testDatabaseUrl(), options: `-c search_path=${svc.schema}` });
    await owner.connect();
  }, 120_000);
  afterAll(async () => {
    await owner?.end();
    await Promise.all([svc?.close(), staffing?.close()]);
    await broker?.stop();
  });

  it('a request in district dev writes outbox rows of dev stamped ce_districtid dev, and the relay sends them', async () => {
    const created = await request(svc.app.getHttpServer())
      .post('/incidents')
      .set('authorization', await svc.idp.bearer(['officer'], 'o-1'))
      .send({ campusId: 'campus-hs-01', location: 'Gym', occurredAt: '2026-11-23T14:05:00Z', type: 'welfare-check', studentIds: ['S1000001'], narrative: 'n', mentalHealthCrisis: false })
      .expect(201);
    // As the owner (a superuser, not bound by row-level security): every district's rows.
    const { rows } = await owner.query(`SELECT type, district_id, headers->>'ce_districtid' AS header FROM outbox WHERE key = $1`, [created.body.id]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => [r.district_id, r.header])).toEqual(rows.map(() => ['dev', 'dev']));
    // The relay role reads the outbox across districts (its own policy) and marks the rows sent.
    await eventually(
      async () => (await owner.query(`SELECT count(*)::int AS n FROM outbox WHERE key = $1 AND sent_at IS NULL`, [created.body.id])).rows[0].n,
      (n) => n === 0,
    );
  }, 60_000);

  it('a staffing.staff.added of district-b lands in district-b’s roster only, with its inbox claim', async () => {
    const staffId = '5b1e0c1e-7f3a-4c55-9d0b-2a6f0e9d4c11';
    const event = await runInDistrict('district-b', () => staffing.publish(StaffAddedEvent, { ...StaffAddedEvent.example, staffId, employeeId: 'E90001' }));
    expect(event.districtid).toBe('district-b');

    const b = await districtDataSource(svc.app, 'district-b');
    try {
      const landed = await eventually(
        () => b.query(`SELECT staff_id, employee_id, district_id FROM roster_staff WHERE staff_id = $1`, [staffId]),
        (r: unknown[]) => r.length === 1,
      );
      expect(landed).toEqual([{ staff_id: staffId, employee_id: 'E90001', district_id: 'district-b' }]);
      expect(await svc.db.query(`SELECT 1 FROM roster_staff WHERE staff_id = $1`, [staffId])).toEqual([]);
      expect((await owner.query(`SELECT district_id FROM roster_staff WHERE staff_id = $1`, [staffId])).rows).toEqual([{ district_id: 'district-b' }]);

      // The inbox is per district and event: the claim is district-b's, invisible from dev.
      const claims = (await owner.query(`SELECT consumer, district_id FROM inbox WHERE event_id = $1`, [event.id])).rows;
      expect(claims).toEqual([{ consumer: 'incidents.co-responder-roster', district_id: 'district-b' }]);
      expect(await b.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [event.id])).toHaveLength(1);
      expect(await svc.db.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [event.id])).toEqual([]);
    } finally {
      await b.destroy();
    }
  }, 60_000);

  it('the same staff id published in two districts makes two rows, each in its own district', async () => {
    const staffId = '6c2f1d2f-8a4b-4d66-8e1c-3b7a1f0e5d22';
    const inB = await runInDistrict('district-b', () => staffing.publish(StaffAddedEvent, { ...StaffAddedEvent.example, staffId, employeeId: 'E-B' }));
    const inDev = await runInDistrict('dev', () => staffing.publish(StaffAddedEvent, { ...StaffAddedEvent.example, staffId, employeeId: 'E-DEV' }));
    const rows = await eventually(
      async () => (await owner.query(`SELECT district_id, employee_id FROM roster_staff WHERE staff_id = $1 ORDER BY district_id`, [staffId])).rows,
      (r) => r.length === 2,
    );
    expect(rows).toEqual([
      { district_id: 'dev', employee_id: 'E-DEV' },
      { district_id: 'district-b', employee_id: 'E-B' },
    ]);
    expect(await svc.db.query(`SELECT employee_id FROM roster_staff WHERE staff_id = $1`, [staffId])).toEqual([{ employee_id: 'E-DEV' }]);
    const claims = (await owner.query(`SELECT event_id, district_id FROM inbox WHERE event_id IN ($1, $2) ORDER BY district_id`, [inDev.id, inB.id])).rows;
    expect(claims).toEqual([
      { event_id: inDev.id, district_id: 'dev' },
      { event_id: inB.id, district_id: 'district-b' },
    ]);
  }, 60_000);
});
