import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { classOf } from '#consent';
import { ReferralRequestedEvent, TipReceivedEvent, type ReferralRequested, type TipReceived } from '#contracts';
import type { LocalKafka as LocalBroker } from '#devkit';
import { eventually, startTestBroker, startTestService, testBrokerEnv, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { as } from './support/fixtures.js';
import { startForeignPublisher, type ForeignPublisher } from './support/foreign-publisher.js';

// The police side's events arrive through the real broker, published by a real outbox and relay
// (in a throwaway schema standing in for the incidents service).
describe('support-plans: intake of incident referrals and tips through the broker', () => {
  let broker: LocalBroker;
  let svc: TestService;
  let incidents: ForeignPublisher;
  let ds: DataSource;

  beforeAll(async () => {
    broker = await startTestBroker();
    [svc, incidents] = await Promise.all([startTestService(supportPlansDefinition, testBrokerEnv(broker)), startForeignPublisher(broker, 'incidents')]);
    ds = svc.db;
  }, 60_000);
  afterAll(async () => {
    await incidents?.close();
    await svc?.close();
    await broker?.stop();
  });

  const inboxed = async (consumer: string, eventId: string) =>
    (await ds.query(`SELECT 1 FROM inbox WHERE consumer = $1 AND event_id = $2`, [consumer, eventId])).length === 1;
  const duplicates = async (consumer: string) => {
    const metrics = (await request(svc.app.getHttpServer()).get('/metrics').expect(200)).text;
    return Number(new RegExp(`^consumer_events_total\\{consumer="${consumer}",outcome="duplicate"\\} (\\d+)`, 'm').exec(metrics)?.[1] ?? 0);
  };

  const requested = (over: Partial<ReferralRequested> = {}): ReferralRequested => ({
    referralRequestId: randomUUID(),
    incidentId: randomUUID(),
    studentId: 'S4000001',
    campusId: 'campus-hs-01',
    incidentType: 'welfare-check',
    occurredAt: '2026-11-23T14:05:00.000Z',
    mentalHealthCrisis: true,
    safetyFlag: true,
    disposition: 'diversion-program',
    requestedAt: '2026-11-23T15:30:00.000Z',
    redisclosure: 'prohibited',
    ...over,
  });

  it('R1 R2: a diversion becomes one received referral holding the minimum LE facts as an education record; a clinician accepts it', async () => {
    const req = requested();
    await incidents.publish(ReferralRequestedEvent, req);
    const [row] = await eventually(
      async () => (await ds.query(`SELECT * FROM referral WHERE referral_request_id = $1`, [req.referralRequestId])) as { id: string; incident_occurred_at: Date }[],
      (rows) => rows.length === 1,
    );
    expect(row).toMatchObject({
      student_id: 'S4000001',
      campus_id: 'campus-hs-01',
      source: 'incident',
      incident_id: req.incidentId,
      status: 'received',
      safety_flag: true,
      incident_type: 'welfare-check',
      mental_health_crisis: true,
      disposition: 'diversion-program',
      created_by: 'system:incidents',
      clinical_note: null,
    });
    expect(row.incident_occurred_at.toISOString()).toBe(req.occurredAt);
    // Reclassified on store: the copied facts carry the referral's labels, not LE.
    for (const field of ['incidentType', 'incidentOccurredAt', 'mentalHealthCrisis', 'disposition', 'incidentId']) expect(classOf('referral', field)).toBe('EDU-CLIN');
    expect(classOf('referral', 'safetyFlag')).toBe('EDU-SAFETY');

    const [received] = await ds.query(`SELECT payload FROM outbox WHERE type = 'support.referral.received' AND key = $1`, [row.id]);
    expect(received.payload).toEqual({ referralId: row.id, studentId: 'S4000001', campusId: 'campus-hs-01', source: 'incident', incidentId: req.incidentId, districtId: 'dev' });

    const http = request(svc.app.getHttpServer());
    const queue = await http.get('/referrals').query({ studentId: 'S4000001' }).set('authorization', await as(svc, 'clinician')).expect(200);
    expect(queue.body.items).toEqual([expect.objectContaining({ id: row.id, incidentType: 'welfare-check', disposition: 'diversion-program', safetyFlag: true })]);
    const accepted = await http.post(`/referrals/${row.id}/accept`).set('authorization', await as(svc, 'clinician', 'clinician-3')).send({}).expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', assignedClinicianId: 'clinician-3', incidentId: req.incidentId });
  }, 30_000);

  it('is idempotent per referralRequestId: a redelivered event and a re-published request make no second referral', async () => {
    const req = requested({ studentId: 'S4000002', disposition: 'referred-to-behavioral-health' });
    const first = await incidents.publish(ReferralRequestedEvent, req);
    await eventually(() => inboxed('support-plans.referral-intake', first.id), Boolean);
    const before = await duplicates('support-plans.referral-intake');

    await incidents.redeliver(first.id); // the same CloudEvent id again: the inbox drops it
    const again = await incidents.publish(ReferralRequestedEvent, req); // a new event for the same request
    await eventually(() => inboxed('support-plans.referral-intake', again.id), Boolean);
    await eventually(() => duplicates('support-plans.referral-intake'), (n) => n === before + 1);

    const rows = await ds.query(`SELECT id FROM referral WHERE referral_request_id = $1`, [req.referralRequestId]);
    expect(rows).toHaveLength(1);
    const received = await ds.query(`SELECT 1 FROM outbox WHERE type = 'support.referral.received' AND key = $1`, [rows[0].id]);
    expect(received).toHaveLength(1);
  }, 30_000);

  const tip = (over: Partial<TipReceived> = {}): TipReceived => ({
    tipId: randomUUID(),
    campusId: 'campus-ms-02',
    category: 'threat',
    studentIds: ['S4000010'],
    anonymous: true,
    receivedAt: '2026-11-24T08:15:00.000Z',
    ...over,
  });
  const casesFor = async (tipId: string) =>
    (await ds.query(`SELECT * FROM threat_case WHERE tip_id = $1 ORDER BY student_id`, [tipId])) as { id: string; student_id: string }[];

  it('R11: a threat tip opens one case per student named, idempotently per tip, and keeps that it was anonymous', async () => {
    const t = tip({ studentIds: ['S4000010', 'S4000011', 'S4000010'] });
    const event = await incidents.publish(TipReceivedEvent, t);
    const cases = await eventually(() => casesFor(t.tipId), (rows) => rows.length === 2);
    expect(cases.map((c) => c.student_id)).toEqual(['S4000010', 'S4000011']);
    expect(cases[0]).toMatchObject({ origin: 'tip', campus_id: 'campus-ms-02', anonymous_report: true, status: 'open', opened_by: 'system:incidents', incident_id: null });

    await incidents.redeliver(event.id);
    const republished = await incidents.publish(TipReceivedEvent, t);
    await eventually(() => inboxed('support-plans.threat-case-intake', republished.id), Boolean);
    expect(await casesFor(t.tipId)).toHaveLength(2);
    const opened = await ds.query(`SELECT payload FROM outbox WHERE type = 'support.threat-case.opened' AND payload->>'tipId' = $1`, [t.tipId]);
    expect(opened).toHaveLength(2);

    // The case is there for the clinician, and a clinician opening it again by REST is told which one it is.
    const http = request(svc.app.getHttpServer());
    const conflict = await http
      .post('/threat-assessments')
      .set('authorization', await as(svc, 'clinician'))
      .send({ studentId: 'S4000011', campusId: 'campus-ms-02', tipId: t.tipId })
      .expect(409);
    expect(conflict.body).toMatchObject({ code: 'THREAT_CASE.ALREADY_OPEN', caseId: cases[1].id });
  }, 30_000);

  it('opens cases for weapon tips too, but not for other categories or tips naming nobody', async () => {
    const weapon = tip({ category: 'weapon', studentIds: ['S4000020'], anonymous: false });
    const bullying = tip({ category: 'bullying', studentIds: ['S4000021'] });
    const nobody = tip({ category: 'threat', studentIds: [] });
    const events = [];
    for (const t of [bullying, nobody, weapon]) events.push(await incidents.publish(TipReceivedEvent, t));
    for (const e of events) await eventually(() => inboxed('support-plans.threat-case-intake', e.id), Boolean);
    expect(await casesFor(weapon.tipId)).toEqual([expect.objectContaining({ student_id: 'S4000020', anonymous_report: false })]);
    expect(await casesFor(bullying.tipId)).toEqual([]);
    expect(await casesFor(nobody.tipId)).toEqual([]);
  }, 30_000);
});
