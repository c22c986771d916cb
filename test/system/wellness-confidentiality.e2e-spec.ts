import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { TOPICS, type Role } from '#contracts';
import type { LocalKafka as LocalBroker } from '#devkit';
import type { ServiceDefinition } from '#platform';
import { bootTestService, districtDate, eventually, startTestBroker, testBrokerEnv, TestIdentityProvider, type TestService, uniqueSchema } from '#testing';
import { incidentsDefinition } from '../../apps/incidents/src/incidents.definition.js';
import { staffingDefinition } from '../../apps/staffing/src/staffing.definition.js';
import { supportPlansDefinition } from '../../apps/support-plans/src/support-plans.definition.js';
import { trainingDefinition } from '../../apps/training/src/training.definition.js';
import { wellnessDefinition } from '../../apps/wellness/src/wellness.definition.js';
import { readAll } from '../reliability/support/kafka.js';

const CAMPUS = 'campus-sys-wb-01';
const HOUR = 3_600_000;
const MINUTE = 60_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const today = () => districtDate();

/** Every row of every table in a service's schema, as text. */
async function everythingStored(svc: TestService): Promise<string> {
  const ds = svc.db;
  const tables: { table_name: string }[] = await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`, [svc.schema]);
  const parts: string[] = [];
  for (const { table_name } of tables) parts.push(...((await ds.query(`SELECT t::text AS row FROM "${svc.schema}"."${table_name}" t`)) as { row: string }[]).map((r) => r.row));
  return parts.join('\n');
}

// Issue 17: confidentiality is the feature. A use of force leads to a debrief offer, acceptance,
// a peer outside the chain of command and a held session, while command sees only counts; and no
// wellness fact but the L-3 declaration ever reaches another service's tables, any topic or a log.
describe('system: staff well-being stays confidential, through the broker (W1, W3, W6-W11)', () => {
  let broker: LocalBroker;
  let idp: TestIdentityProvider;
  const lines: string[] = [];
  const svc: Record<'incidents' | 'staffing' | 'training' | 'support' | 'wellness', TestService> = {} as never;
  const staff: Record<'officer' | 'clinician' | 'sgt' | 'peer' | 'peer2' | 'x', string> = {} as never;

  async function boot(def: ServiceDefinition, env: NodeJS.ProcessEnv): Promise<TestService> {
    return bootTestService(def, uniqueSchema(def.service), idp, { ...env, LOG_LEVEL: 'trace' }, { logDestination: { write: (l: string) => void lines.push(l) } });
  }

  beforeAll(async () => {
    broker = await startTestBroker();
    idp = await TestIdentityProvider.create();
    const env = testBrokerEnv(broker);
    [svc.incidents, svc.staffing, svc.training, svc.support, svc.wellness] = await Promise.all(
      [incidentsDefinition, staffingDefinition, trainingDefinition, supportPlansDefinition, wellnessDefinition].map((d) => boot(d, env)),
    );
  }, 120_000);
  afterAll(async () => {
    await Promise.all(Object.values(svc).map((s) => s?.close()));
    await broker?.stop();
  });

  const http = (name: keyof typeof svc) => request(svc[name].app.getHttpServer());
  const auth = async (roles: Role[], sub: string) => ({ authorization: await idp.bearer(roles, sub) });

  it('sets up the roster (with supervisors), a CIT officer, an on-call clinician and two certified peer supporters', async () => {
    const admin = await auth(['admin'], 'admin-1');
    const add = async (employeeId: string, role: string, unit: string, extra: Record<string, unknown> = {}) =>
      (await http('staffing').post('/staff').set(admin).send({ employeeId, displayName: `Staff ${employeeId}`, role, unit, ...extra }).expect(201)).body.id as string;
    staff.sgt = await add('E93001', 'supervisor', 'police');
    staff.officer = await add('E93002', 'officer', 'police', { supervisorId: staff.sgt });
    staff.peer = await add('E93003', 'officer', 'police');
    staff.x = await add('E93004', 'officer', 'police', { supervisorId: staff.sgt });
    // Reports to the officer: inside the officer's chain of command, downwards.
    staff.peer2 = await add('E93005', 'officer', 'police', { supervisorId: staff.officer });
    staff.clinician = await add('E93006', 'clinician', 'behavioral-health', { licenseNumber: 'LCSW-093006' });
    await http('staffing').post(`/staff/${staff.officer}/assignments`).set(admin).send({ campusId: CAMPUS, primary: true, effectiveFrom: '2026-01-05' }).expect(201);
    await http('staffing').post('/on-call-shifts').set(admin).send({ staffId: staff.clinician, campusIds: [CAMPUS], startsAt: iso(-3 * HOUR), endsAt: iso(3 * HOUR) }).expect(201);

    const lms = await auth(['system'], 'lms');
    await http('training').post('/courses').set(lms).send({ code: 'CIT-40', title: 'CIT', category: 'cit', hours: 40, validityMonths: 24 }).expect(201);
    await http('training').post('/courses').set(lms).send({ code: 'PEER-24', title: 'Peer support', category: 'peer-support', hours: 24, validityMonths: 24 }).expect(201);
    await http('training').post('/certifications').set(lms).send({ staffId: staff.officer, courseCode: 'CIT-40', issuedOn: iso(-30 * 24 * HOUR).slice(0, 10) }).expect(201);
    for (const id of [staff.sgt, staff.peer, staff.peer2]) {
      await http('training').post('/certifications').set(lms).send({ staffId: id, courseCode: 'PEER-24', issuedOn: iso(-10 * 24 * HOUR).slice(0, 10) }).expect(201);
    }
    await http('wellness').put('/eap-clinicians').set(admin).send({ sub: 'eap-sys-1', displayName: 'EAP clinician', license: 'LPC-93001' }).expect(200);

    await eventually(
      async () => (await http('incidents').get('/co-responder-eligibility').query({ campusId: CAMPUS, at: iso(-MINUTE) }).set(await auth(['police-chief'], 'chief-1'))).body,
      (b: { officers?: { staffId: string; citCurrent: boolean }[]; clinicians?: { staffId: string }[] }) =>
        !!b.officers?.some((o) => o.staffId === staff.officer && o.citCurrent) && !!b.clinicians?.some((c) => c.staffId === staff.clinician),
    );
    const wellnessDb = svc.wellness.db;
    await eventually(
      async () => (await wellnessDb.query(`SELECT (SELECT count(*)::int FROM staff_member) AS staff, (SELECT count(*)::int FROM peer_certification) AS peers`))[0],
      (r: { staff: number; peers: number }) => r.staff === 6 && r.peers === 3,
    );
  }, 90_000);

  let offerId: string;

  it('W6, W7, W8: a use of force offers the officer a debrief; accepting assigns a peer outside their chain of command; held is recorded', async () => {
    const officer = await auth(['officer'], 'officer-f');
    const reported = await http('incidents')
      .post('/incidents')
      .set(officer)
      .send({ campusId: CAMPUS, location: 'Gym', occurredAt: iso(-30 * MINUTE), type: 'fight', studentIds: ['S9300001'], narrative: 'Synthetic fight in the gym.' })
      .expect(201);
    const id = reported.body.id;
    await http('incidents').post(`/incidents/${id}/triage`).set(officer).send({ priority: 'urgent', coResponseIndicated: true, at: iso(-25 * MINUTE) }).expect(200);
    await http('incidents').post(`/incidents/${id}/dispatch`).set(officer).send({ at: iso(-20 * MINUTE) }).expect(200);
    await http('incidents').post(`/incidents/${id}/on-scene`).set(officer).send({ at: iso(-15 * MINUTE) }).expect(200);
    await http('incidents')
      .post(`/incidents/${id}/use-of-force`)
      .set(officer)
      .send({ forceType: 'takedown', subjectInjury: 'none', officerInjury: 'none', clinicianPresent: true, at: iso(-10 * MINUTE) })
      .expect(201);

    const mine = await auth(['officer'], staff.officer);
    const offers = await eventually(async () => (await http('wellness').get('/me/support-offers').set(mine).expect(200)).body as { id: string }[], (b) => b.length === 1);
    expect(offers[0]).toMatchObject({ kind: 'debrief', source: 'critical-incident', status: 'open' });
    offerId = offers[0].id;
    expect((await http('wellness').get('/me/support-offers').set(await auth(['clinician'], staff.clinician)).expect(200)).body).toHaveLength(1);

    const accepted = await http('wellness').post(`/me/support-offers/${offerId}/accept`).set(mine).send({}).expect(200);
    // The sergeant (the officer's supervisor) and peer2 (who reports to the officer) are certified too, but in the chain of command (W8).
    expect(accepted.body).toMatchObject({ status: 'accepted', supporterKind: 'peer', assignedTo: staff.peer });
    const peer = await auth(['officer'], staff.peer);
    expect((await http('wellness').get('/support-assignments').set(peer).expect(200)).body).toEqual([expect.objectContaining({ id: offerId, staffId: staff.officer })]);
    await http('wellness').post(`/support-sessions/${offerId}/held`).set(peer).send({}).expect(200);
    expect((await http('wellness').get('/me/support-offers').set(mine).expect(200)).body[0]).toMatchObject({ status: 'held' });
  }, 90_000);

  it('W1, W10, W11: command sees only counts; the chief gets 404 on the individual record', async () => {
    const chief = await auth(['police-chief'], 'chief-1');
    const report = await http('wellness').get(`/wellness/reports?from=${today()}&to=${today()}`).set(chief).expect(200);
    expect(report.body.quarters).toEqual([expect.objectContaining({ debriefsOffered: '<5', debriefsAccepted: '<5', debriefsHeldWithinDue: '<5' })]);
    expect(JSON.stringify(report.body)).not.toMatch(new RegExp(Object.values(staff).join('|')));
    await http('wellness').get(`/wellness/reports?from=${today()}&to=${today()}&unit=police`).set(chief).expect(200);
    await http('wellness').get(`/wellness/reports?from=${today()}&to=${today()}&unit=behavioral-health`).set(chief).expect(422);
    await http('wellness').post(`/me/support-offers/${offerId}/accept`).set(chief).send({}).expect(404);
    await http('wellness').post(`/support-sessions/${offerId}/held`).set(chief).send({}).expect(404);
    expect((await http('wellness').get('/me/support-offers').set(chief).expect(200)).body).toEqual([]);
  });

  it('W1, W3 (property): no wellness fact but the declaration reaches another service\'s tables, any topic or any log line', async () => {
    const facts = { markers: [] as string[], ids: [offerId] as string[] };
    const psychologist = `Bearer ${await idp.token(['psychologist'], 'psy-sys-1', { claims: { license_number: 'TX-PSY-9300' } })}`;
    const marker = fc.stringMatching(/^[A-Z]{8}$/).map((s) => `WFACT-${s}`);
    await fc.assert(
      fc.asyncProperty(fc.record({ notes: marker, findings: marker, instrument: marker, reason: marker, justification: marker }), fc.uuid({ version: 4 }), async (m, candidateId) => {
        facts.markers.push(m.notes, m.findings, m.instrument, m.reason, m.justification);
        const evaluation = await http('wellness')
          .post('/evaluations')
          .set('authorization', psychologist)
          .send({ candidateId, instruments: [m.instrument], interviewNotes: m.notes, findings: m.findings })
          .expect(201);
        await http('wellness').post('/declarations').set('authorization', psychologist).send({ candidateId, result: 'not-fit', declaredOn: today() }).expect(201);
        const requested = await http('wellness').post('/me/support-requests').set(await auth(['officer'], staff.x)).send({ kind: 'peer-support', reason: m.reason }).expect(201);
        const escalated = await http('wellness')
          .post(`/support-sessions/${requested.body.id}/escalations`)
          .set(await auth(['officer'], requested.body.assignedTo))
          .send({ justification: `Imminent danger stated: ${m.justification}` })
          .expect(201);
        expect(escalated.body.clinicianLicense).toBe('LPC-93001');
        facts.ids.push(evaluation.body.id, requested.body.id);
      }),
      { numRuns: 4 },
    );
    // Every outbox has drained to the broker and every consumer has caught up with the declarations.
    for (const s of Object.values(svc)) await eventually(() => s.db.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`), ([r]) => r.n === 0);
    await eventually(() => svc.staffing.db.query(`SELECT count(*)::int AS n FROM psych_declaration`), ([r]) => r.n === 4);

    const secrets = new RegExp([...facts.markers, ...facts.ids, 'eap-sys-1', 'LPC-93001'].join('|'));
    for (const name of ['incidents', 'staffing', 'training', 'support'] as const) expect({ name, leak: secrets.exec(await everythingStored(svc[name]))?.[0] }).toEqual({ name, leak: undefined });
    const records = await readAll(broker, TOPICS.map((t) => t.name));
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect({ topic: r.topic, leak: secrets.exec(JSON.stringify([r.key, r.value, r.headers]))?.[0] }).toEqual({ topic: r.topic, leak: undefined });
    const fromWellness = records.filter((r) => r.headers.ce_source?.includes('wellness') || r.topic.startsWith('wellness.'));
    expect(new Set(fromWellness.map((r) => r.headers.ce_type))).toEqual(new Set(['wellness.psych-declaration.recorded']));
    // Request logs carry route patterns, never ids or bodies: not even wellness's own lines name a fact.
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => secrets.test(l))).toEqual([]);
  }, 180_000);
});
