import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { districtDate, startTestService, type TestService } from '#testing';
import { wellnessDefinition } from '../src/wellness.definition.js';

const psychologist = (svc: TestService, sub: string, license?: string) =>
  svc.idp.token(['psychologist'], sub, license ? { claims: { license_number: license } } : {}).then((t) => `Bearer ${t}`);

describe('wellness: psychological screening (TCOLE L-3)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  const candidateId = randomUUID();
  beforeAll(async () => {
    svc = await startTestService(wellnessDefinition);
    http = request(svc.app.getHttpServer());
  });
  afterAll(() => svc?.close());

  const evaluation = { candidateId, instruments: ['MMPI-3'], interviewNotes: 'Synthetic notes N-123', findings: 'Synthetic findings F-456' };

  it('W2: the author records and reads the evaluation; the license comes from the token', async () => {
    const author = await psychologist(svc, 'psy-a', 'TX-PSY-1001');
    const created = await http.post('/evaluations').set('authorization', author).send(evaluation).expect(201);
    expect(created.body).toMatchObject({ ...evaluation, authorLicense: 'TX-PSY-1001' });
    const read = await http.get(`/evaluations/${created.body.id}`).set('authorization', author).expect(200);
    expect(read.body).toEqual(created.body);
  });

  it('W10: the chief, the director, an admin and another psychologist get the same 404 as for a missing evaluation', async () => {
    const author = await psychologist(svc, 'psy-a', 'TX-PSY-1001');
    const { body } = await http.post('/evaluations').set('authorization', author).send(evaluation).expect(201);
    const missing = await http.get(`/evaluations/${randomUUID()}`).set('authorization', await svc.idp.bearer(['police-chief'])).expect(404);
    const strip = (b: Record<string, unknown>) => ({ ...b, detail: undefined, correlationId: undefined, instance: undefined });
    for (const auth of [
      await svc.idp.bearer(['police-chief']),
      await svc.idp.bearer(['bh-director']),
      await svc.idp.bearer(['admin']),
      await psychologist(svc, 'psy-b', 'TX-PSY-2002'),
    ]) {
      const denied = await http.get(`/evaluations/${body.id}`).set('authorization', auth).expect(404);
      expect(strip(denied.body)).toEqual(strip(missing.body));
      expect(denied.body.code).toBe('EVALUATION.NOT_FOUND');
      expect(JSON.stringify(denied.body)).not.toMatch(/N-123|F-456|MMPI/);
    }
  });

  it('W3: a declaration publishes candidate, result, date and license only; the evaluation never reaches the outbox', async () => {
    const author = await psychologist(svc, 'psy-a', 'TX-PSY-1001');
    const res = await http.post('/declarations').set('authorization', author).send({ candidateId, result: 'fit', declaredOn: '2026-11-30' }).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), candidateId, result: 'fit', declaredOn: '2026-11-30', evaluatorLicense: 'TX-PSY-1001' });
    const rows: { topic: string; type: string; payload: Record<string, unknown> }[] = await svc.db.query(`SELECT topic, type, payload FROM outbox`);
    expect(rows).toEqual([
      {
        topic: 'wellness.psych-declaration.v1',
        type: 'wellness.psych-declaration.recorded',
        // The five W3 fields plus districtId: the tenant, not a wellness fact.
        payload: { declarationId: res.body.id, candidateId, result: 'fit', declaredOn: '2026-11-30', evaluatorLicense: 'TX-PSY-1001', districtId: 'dev' },
      },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/N-123|F-456|MMPI/);
  });

  it('W4: a declaration dated after today on the district calendar is refused, today is accepted', async () => {
    const author = await psychologist(svc, 'psy-d', 'TX-PSY-1002');
    const res = await http.post('/declarations').set('authorization', author).send({ candidateId, result: 'fit', declaredOn: districtDate(1) }).expect(422);
    expect(res.body).toMatchObject({ code: 'DECLARATION.DATE_IN_FUTURE', status: 422 });
    await http.post('/declarations').set('authorization', author).send({ candidateId, result: 'fit', declaredOn: districtDate() }).expect(201);
  });

  it('W3: a psychologist token without a license number is refused', async () => {
    const res = await http.post('/declarations').set('authorization', await psychologist(svc, 'psy-c')).send({ candidateId, result: 'fit', declaredOn: '2026-11-30' }).expect(403);
    expect(res.body.code).toBe('WELLNESS.LICENSE_REQUIRED');
    await http.post('/evaluations').set('authorization', await svc.idp.bearer(['police-chief'])).send(evaluation).expect(403);
  });
});
