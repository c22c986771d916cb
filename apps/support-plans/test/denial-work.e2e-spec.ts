import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import request from 'supertest';
import { DataSource, type QueryRunner } from 'typeorm';
import { startTestService, type TestService } from '#testing';
import { NOT_FOUND_FLOOR_ENV, notFoundFloorMs } from '../src/consent-gate/data/not-found-floor.js';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { bornYearsAgo, ConsentApi } from './consent-helpers.js';
import { grantTreatmentConsent } from './support/fixtures.js';

/**
 * R10 (issue 14, item 4): a denied read of an existing record and a read of a missing one do the same
 * database work: the same statements, in the same order, as many of them, and both answer no sooner
 * than the 404 floor. (How long they take beyond it is measured in bench/denial-timing.ts, never
 * asserted in a test: only the floor, a lower bound the code guarantees, is.)
 */
describe('support-plans: a denial does the same database work as a miss (R10)', () => {
  let svc: TestService;
  let api: ConsentApi;
  let statements: string[] | null = null;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    api = new ConsentApi(svc);
    // Record every statement a query runner's connection runs (transactions included; prepared
    // statements too, which TypeORM's query() never sees), parameters aside. The service's own
    // DataSource: svc.db is the test's (recording that one saw nothing, and [] equals []).
    const ds = svc.app.get(DataSource);
    const create = ds.createQueryRunner.bind(ds);
    const recording = new WeakSet<object>();
    type Client = { query: (q: string | { name?: string; text: string }, ...rest: unknown[]) => Promise<unknown> };
    ds.createQueryRunner = (mode?: 'master' | 'slave'): QueryRunner => {
      const qr = create(mode);
      const connect = qr.connect.bind(qr);
      qr.connect = async () => {
        const client = (await connect()) as Client;
        if (!recording.has(client)) {
          recording.add(client);
          const query = client.query.bind(client);
          client.query = (q, ...rest) => {
            statements?.push((typeof q === 'string' ? q : `${q.name ?? ''}: ${q.text}`).replace(/\s+/g, ' ').trim());
            return query(q, ...rest);
          };
        }
        return client;
      };
      return qr;
    };
  });
  afterAll(() => svc?.close());

  const statementsOf = async (url: string): Promise<string[]> => {
    statements = [];
    const res = await request(svc.app.getHttpServer()).get(url).set('authorization', await svc.idp.bearer(['officer'], 'officer-7'));
    expect(res.status).toBe(404);
    const out = statements;
    statements = null;
    return out;
  };

  it('R10: support plan and referral: a denial runs exactly the statements a missing id runs', async () => {
    await api.registerStudent('S4400001', bornYearsAgo(15));
    await grantTreatmentConsent(svc, 'S4400001', 'guardian-1'); // R11: care for a minor needs it; also rows the gate loads
    const clinician = await svc.idp.bearer(['clinician'], 'clinician-3');
    const http = request(svc.app.getHttpServer());
    const plan = (
      await http.post('/support-plans').set('authorization', clinician)
        .send({ studentId: 'S4400001', campusId: 'campus-hs-01', goals: [{ description: 'Two sessions a week.' }], interventions: [{ type: 'individual-counseling' }], nextReviewOn: '2027-01-15' })
        .expect(201)
    ).body;
    const referral = await api.createReferral('S4400001');
    for (const [name, path, id] of [['support plan', '/support-plans/', plan.id], ['referral', '/referrals/', referral.id]] as const) {
      const denied = await statementsOf(`${path}${id}`);
      const missing = await statementsOf(`${path}${randomUUID()}`);
      expect({ name, recorded: denied.length > 0 }).toEqual({ name, recorded: true });
      expect({ name, count: denied.length }).toEqual({ name, count: missing.length });
      expect(denied).toEqual(missing);
      // The consent gate's facts: one prepared statement, in both (issue 16).
      expect(denied.filter((s) => s.startsWith('support-plans.consent-gate-facts: '))).toHaveLength(1);
    }
  });

  it('R10: a denial and a miss both answer no sooner than the 404 floor (SUPPORT_NOT_FOUND_FLOOR_MS, default 50 ms)', async () => {
    // The service read the same environment at start-up (50 ms unless SUPPORT_NOT_FOUND_FLOOR_MS says otherwise).
    const floor = notFoundFloorMs(process.env);
    expect({ [NOT_FOUND_FLOOR_ENV]: floor > 0 }).toEqual({ [NOT_FOUND_FLOOR_ENV]: true });
    await api.registerStudent('S4400002', bornYearsAgo(15));
    await grantTreatmentConsent(svc, 'S4400002', 'guardian-1');
    const referral = await api.createReferral('S4400002');
    const officer = await svc.idp.bearer(['officer'], 'officer-8');
    for (const id of [referral.id, randomUUID()]) {
      const started = performance.now();
      const res = await request(svc.app.getHttpServer()).get(`/referrals/${id}`).set('authorization', officer);
      const took = performance.now() - started;
      expect(res.status).toBe(404);
      // Timers may fire up to a millisecond early against performance.now().
      expect(took).toBeGreaterThanOrEqual(floor - 2);
    }
  });
});
