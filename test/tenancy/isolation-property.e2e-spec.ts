import fc from 'fast-check';
import pg from 'pg';
import request from 'supertest';
import { TOPICS } from '#contracts';
import type { LocalKafka as LocalBroker } from '#devkit';
import { DistrictDirectory, ServiceConfig, type ServiceDefinition } from '#platform';
import { bootTestService, eventually, startTestBroker, TEST_AUDIENCE, testBrokerEnv, testDatabaseUrl, TestIdentityProvider, type TestService, uniqueSchema } from '#testing';
import { incidentsDefinition } from '../../apps/incidents/src/incidents.definition.js';
import { staffingDefinition } from '../../apps/staffing/src/staffing.definition.js';
import { supportPlansDefinition } from '../../apps/support-plans/src/support-plans.definition.js';
import { readAll } from '../reliability/support/kafka.js';
import { LISTS, READS, bearer, correlationOf, markerTags, marker, opArbitrary, ownCampus, ownStudent, tagOfCorrelation, type Op, type ServiceName, type Tenant } from './support/district-actors.js';

const MISSING = '00000000-0000-4000-8000-00000000dead';
const problemShape = (body: { code?: string; title?: string; detail?: string }, id: string) => ({ code: body.code, title: body.title, detail: body.detail?.replaceAll(id, '{id}') });

// Issue 19 item 6: random operations by principals of random districts (each its own identity
// provider, registered at staffing and learnt by the others over the broker); no response, event,
// log line or stored row ever carries another district's record.
describe('tenancy (property): no response, event, log line or row carries another district’s record', () => {
  let broker: LocalBroker;
  let idp: TestIdentityProvider;
  let owner: pg.Client;
  const lines: string[] = [];
  const jwks: { close(): Promise<void> }[] = [];
  const svc = {} as Record<ServiceName, TestService>;
  const tenants: Tenant[] = [];
  /** Every record id any district wrote → its district's tag. */
  const owners = new Map<string, string>();

  async function boot(def: ServiceDefinition, env: NodeJS.ProcessEnv): Promise<TestService> {
    const traced = { ...env, LOG_LEVEL: 'trace', RATE_LIMIT_ANONYMOUS_MAX: '10000' };
    return bootTestService(def, uniqueSchema(def.service), idp, traced, { logDestination: { write: (l: string) => void lines.push(l) } });
  }
  const tenant = (id: string, tag: string, p: TestIdentityProvider): Tenant => ({ id, tag, idp: p, students: [], campuses: [], known: { incident: [], tip: [], referral: [], case: [], staff: [], student: [] } });

  beforeAll(async () => {
    broker = await startTestBroker();
    idp = await TestIdentityProvider.create();
    const env = testBrokerEnv(broker);
    [svc.staffing, svc.incidents, svc.support] = await Promise.all([staffingDefinition, incidentsDefinition, supportPlansDefinition].map((d) => boot(d, env)));
    owner = new pg.Client({ connectionString: testDatabaseUrl() });
    await owner.connect();
    tenants.push(tenant(svc.incidents.app.get(ServiceConfig).DEFAULT_DISTRICT_ID, 'dv', idp));
    for (const [id, tag] of [['alpha-isd', 'al'], ['bravo-isd', 'br'], ['charlie-isd', 'ch']] as const) {
      const own = await TestIdentityProvider.create({ issuer: `https://idp.${id}.example/` });
      const served = await own.serveJwks();
      jwks.push(served);
      await request(svc.staffing.app.getHttpServer())
        .post('/districts')
        .set('Authorization', await idp.bearer(['platform-admin'], 'ops-1'))
        .send({ districtId: id, name: id, issuer: own.issuer, jwksUrl: served.url, audience: TEST_AUDIENCE, timeZone: 'America/Chicago', pseudonymKeyId: `${id}-1`, campusIds: [] })
        .expect(201);
      tenants.push(tenant(id, tag, own));
    }
    for (const s of Object.values(svc)) {
      for (const t of tenants) await eventually(async () => s.app.get(DistrictDirectory).get(t.id), (d) => d !== undefined);
    }
  }, 150_000);
  afterAll(async () => {
    await owner?.end();
    await Promise.all([...Object.values(svc).map((s) => s?.close()), ...jwks.map((j) => j.close())]);
    await broker?.stop();
  });

  const http = (name: ServiceName) => request(svc[name].app.getHttpServer());
  const as = async (t: Tenant, role: Parameters<typeof bearer>[1][number], sub = role) => ({ authorization: await bearer(t, [role], sub), 'x-correlation-id': correlationOf(t) });

  /** Nothing in a response to district `t` names another district: no marker of theirs, no id of theirs but the one asked for. */
  function expectOnlyOwn(t: Tenant, res: request.Response, what: string, asked?: string): void {
    // The id asked for is the caller's own input: a 404 may echo it.
    const text = asked ? (res.text ?? '').replaceAll(asked, '{asked}') : (res.text ?? '');
    const foreignMarkers = [...markerTags(text)].filter((tag) => tag !== t.tag);
    const foreignIds = [...owners].filter(([id, tag]) => tag !== t.tag && id !== asked && text.includes(id)).map(([id]) => id);
    expect({ what, by: t.id, foreignMarkers, foreignIds }).toEqual({ what, by: t.id, foreignMarkers: [], foreignIds: [] });
  }

  async function write(op: Extract<Op, { kind: 'write' }>): Promise<void> {
    const t = tenants[op.by];
    const remember = (kind: keyof Tenant['known'], id: string) => (t.known[kind].push(id), owners.set(id, t.tag));
    const campusId = ownCampus(t, op.pick);
    const studentId = ownStudent(t, op.pick);
    let res: request.Response;
    switch (op.name) {
      case 'reportIncident':
        res = await http('incidents').post('/incidents').set(await as(t, 'officer')).send({
          campusId, location: `Hall ${marker(t)}`, occurredAt: new Date(Date.now() - 60_000).toISOString(), type: 'welfare-check', studentIds: [studentId], narrative: `Seen ${marker(t)}`,
        });
        expect(res.status).toBe(201);
        remember('incident', res.body.id);
        break;
      case 'receiveTip':
        res = await http('incidents').post('/tips').set(await as(t, 'system')).send({ campusId, category: 'threat', studentIds: [studentId], text: `Tip ${marker(t)}` });
        expect(res.status).toBe(201);
        remember('tip', res.body.id);
        break;
      case 'registerStudent':
        res = await http('support').put(`/students/${studentId}`).set(await as(t, 'admin')).send({ dateOfBirth: '2010-06-01', guardianIds: [marker(t)] });
        expect(res.status).toBe(200);
        if (!t.known.student.includes(studentId)) remember('student', studentId);
        break;
      case 'createReferral':
        res = await http('support').post('/referrals').set(await as(t, 'clinician')).send({ studentId, campusId, source: 'staff', reason: `Withdrawn ${marker(t)}` });
        expect(res.status).toBe(201);
        remember('referral', res.body.id);
        break;
      case 'addStaff':
        res = await http('staffing').post('/staff').set(await as(t, 'admin')).send({ employeeId: marker(t), displayName: `Officer ${marker(t)}`, role: 'officer', unit: 'police' });
        expect(res.status).toBe(201);
        remember('staff', res.body.id);
        break;
      default:
        throw new Error(`no such write ${String(op.name)}`);
    }
    expectOnlyOwn(t, res, op.name);
  }

  /** By id: an own record answers as it should; another district's exactly like one that does not exist. */
  async function read(op: Extract<Op, { kind: 'read' }>): Promise<void> {
    const [t, of, r] = [tenants[op.by], tenants[op.of], READS[op.name]];
    const pool = of.known[r.kind];
    const id = pool.length ? pool[op.pick % pool.length] : r.kind === 'student' ? 'nobody-1' : MISSING;
    const call = async (target: string) => {
      const req = http(r.service)[r.method](r.path(target)).set(await as(t, r.role));
      return r.body ? req.send(r.body) : req;
    };
    const res = await call(id);
    expectOnlyOwn(t, res, op.name, id);
    if (of === t && pool.length) return expect({ op: op.name, status: res.status, expected: r.own.includes(res.status) }).toEqual({ op: op.name, status: res.status, expected: true });
    const missing = await call(r.kind === 'student' ? `nobody-${op.pick}` : MISSING);
    expect({ op: op.name, status: res.status, body: problemShape(res.body, id) }).toEqual({ op: op.name, status: 404, body: problemShape(missing.body, r.kind === 'student' ? `nobody-${op.pick}` : MISSING) });
  }

  async function list(op: Extract<Op, { kind: 'list' }>): Promise<void> {
    const [t, of, l] = [tenants[op.by], tenants[op.of], LISTS[op.name]];
    const query: Record<string, string> = {};
    if (op.filter === 'campus' && l.campus && of.campuses.length) query[l.campus] = of.campuses[op.pick % of.campuses.length];
    if (op.filter === 'student' && l.student && of.students.length) query[l.student] = of.students[op.pick % of.students.length];
    const res = await http(l.service).get(l.path).query({ ...query, limit: '100' }).set(await as(t, l.role));
    expect({ op: op.name, status: res.status }).toEqual({ op: op.name, status: 200 });
    expectOnlyOwn(t, res, op.name);
    const items = res.body.items as { id: string }[];
    // Another district's campus or student filters to nothing: those rows are not this district's.
    if (of !== t && Object.keys(query).length) expect({ op: op.name, query, items }).toEqual({ op: op.name, query, items: [] });
    if (l.collects) for (const { id } of items) if (!owners.has(id)) (t.known[l.collects].push(id), owners.set(id, t.tag));
  }

  it('random operations by principals of random districts: every response is the acting district’s alone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArbitrary(tenants.length), { minLength: 4, maxLength: 14 }), async (ops) => {
        for (const op of ops) await (op.kind === 'write' ? write(op) : op.kind === 'read' ? read(op) : list(op));
      }),
      { numRuns: 100 },
    );
    for (const t of tenants) expect({ district: t.id, wrote: t.known.incident.length + t.known.tip.length + t.known.referral.length + t.known.staff.length > 0 }).toEqual({ district: t.id, wrote: true });
  }, 120_000);

  it('every stored row, outbox row, Kafka record and log line with a district’s marker is that district’s', async () => {
    const tagOf = new Map(tenants.map((t) => [t.id, t.tag]));
    const schemas = Object.values(svc).map((s) => s.schema);
    // Every outbox has drained, and support-plans has opened a case for every threat tip (the consumers caught up).
    for (const schema of schemas) await eventually(async () => (await owner.query(`SELECT count(*)::int AS n FROM "${schema}".outbox WHERE sent_at IS NULL`)).rows[0].n, (n) => n === 0);
    const tips = [...tenants.flatMap((t) => t.known.tip)];
    await eventually(async () => (await owner.query(`SELECT count(DISTINCT tip_id)::int AS n FROM "${svc.support.schema}".threat_case`)).rows[0].n, (n) => n === tips.length, 60_000);
    const staff = tenants.flatMap((t) => t.known.staff);
    await eventually(async () => (await owner.query(`SELECT count(*)::int AS n FROM "${svc.incidents.schema}".roster_staff WHERE staff_id = ANY($1::uuid[])`, [staff])).rows[0].n, (n) => n === staff.length, 60_000);

    // Rows, read as the owner (no row-level security): a row with X's marker is X's.
    const rows: string[] = [];
    let marked = 0;
    for (const schema of schemas) {
      const { rows: tables } = await owner.query(`SELECT table_name FROM information_schema.columns WHERE table_schema = $1 AND column_name = 'district_id'`, [schema]);
      for (const { table_name } of tables) {
        for (const row of (await owner.query(`SELECT district_id, t::text AS text FROM "${schema}"."${table_name}" t`)).rows as { district_id: string; text: string }[]) {
          const tags = markerTags(row.text);
          if (tags.size) marked++;
          if ([...tags].some((tag) => tag !== tagOf.get(row.district_id))) rows.push(`${schema}.${table_name} (${row.district_id}): ${row.text.slice(0, 300)}`);
        }
      }
      // Outbox: the row's district and the event's ce_districtid agree with its markers.
      for (const o of (await owner.query(`SELECT district_id, headers->>'ce_districtid' AS ce, key, payload::text AS payload FROM "${schema}".outbox`)).rows) {
        const tags = markerTags(`${o.key} ${o.payload}`);
        if (tags.size && (o.ce !== o.district_id || [...tags].some((tag) => tag !== tagOf.get(o.ce)))) rows.push(`${schema}.outbox ce=${o.ce} row=${o.district_id}: ${o.payload.slice(0, 300)}`);
      }
    }
    expect(marked).toBeGreaterThan(50);
    expect(rows).toEqual([]);

    // Kafka: every record with X's marker says it is X's.
    const records = await readAll(broker, TOPICS.map((t) => t.name));
    const events = records.filter((r) => markerTags(JSON.stringify([r.key, r.value])).size);
    expect(events.length).toBeGreaterThan(0);
    const wrong = events.filter((r) => [...markerTags(JSON.stringify([r.key, r.value, r.headers]))].some((tag) => tag !== tagOf.get(r.headers.ce_districtid)));
    expect(wrong.map((r) => `${r.topic} ce_districtid=${r.headers.ce_districtid}: ${r.value?.slice(0, 300)}`)).toEqual([]);

    // Logs: a line of X's request names no other district; no line names two.
    expect(lines.length).toBeGreaterThan(0);
    const leaking = lines.filter((l) => {
      const tags = markerTags(l);
      const by = tagOfCorrelation(/"correlationId":"([^"]+)"/.exec(l)?.[1]);
      return tags.size > 1 || (by !== undefined && [...tags].some((tag) => tag !== by));
    });
    expect(leaking).toEqual([]);
  }, 180_000);
});
