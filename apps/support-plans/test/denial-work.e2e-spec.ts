import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource, type QueryRunner } from 'typeorm';
import { startTestService, type TestService } from '#testing';
import { supportPlansDefinition } from '../src/support-plans.definition.js';
import { bornYearsAgo, ConsentApi } from './consent-helpers.js';
import { grantTreatmentConsent } from './support/fixtures.js';

/**
 * R10 (issue 14, item 4): a denied read of an existing record and a read of a missing one do the same
 * database work: the same statements, in the same order, as many of them. (How long they take is
 * measured in bench/denial-timing.ts, never asserted in a test.)
 */
describe('support-plans: a denial does the same database work as a miss (R10)', () => {
  let svc: TestService;
  let api: ConsentApi;
  let statements: string[] | null = null;

  beforeAll(async () => {
    svc = await startTestService(supportPlansDefinition);
    api = new ConsentApi(svc);
    // Record every statement run through a query runner (transactions included), parameters aside.
    const ds = svc.db;
    const create = ds.createQueryRunner.bind(ds);
    ds.createQueryRunner = (mode?: 'master' | 'slave'): QueryRunner => {
      const qr = create(mode);
      const query = qr.query.bind(qr);
      qr.query = ((sql: string, ...rest: unknown[]) => {
        statements?.push(sql.replace(/\s+/g, ' ').trim());
        return (query as (...a: unknown[]) => Promise<unknown>)(sql, ...rest);
      }) as QueryRunner['query'];
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
      expect({ name, count: denied.length }).toEqual({ name, count: missing.length });
      expect(denied).toEqual(missing);
    }
  });
});
