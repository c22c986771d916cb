import http from 'node:http';
import request from 'supertest';
import { listenOnLoopback, startTestService, type TestService } from '#testing';
import type { ServiceDefinition } from '#platform';
import { incidentsDefinition } from '../../apps/incidents/src/incidents.definition.js';
import { staffingDefinition } from '../../apps/staffing/src/staffing.definition.js';
import { supportPlansDefinition } from '../../apps/support-plans/src/support-plans.definition.js';
import { trainingDefinition } from '../../apps/training/src/training.definition.js';
import { wellnessDefinition } from '../../apps/wellness/src/wellness.definition.js';

const PROBLEM = /^application\/problem\+json/;
const nested = (depth: number) => `{"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;

/** One raw request over a socket: for what supertest cannot send (oversized headers). */
function rawRequest(base: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}/health/live`, { headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function expectProblem(res: { status: number; headers: Record<string, unknown>; body: Record<string, unknown> }, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(PROBLEM);
  expect(res.body).toMatchObject({ status, code });
  expect(res.body.correlationId).toBe(res.headers['x-correlation-id']);
}

// Issue 15: what a schema-driven fuzz turned into 500s and stalls, now 4xx problem+json in every service.
describe('hostile input: every service answers 4xx problem+json, never a 500', () => {
  const defs: [string, ServiceDefinition, string][] = [
    ['incidents', incidentsDefinition, '/incidents'],
    ['support-plans', supportPlansDefinition, '/referrals'],
    ['staffing', staffingDefinition, '/staff'],
    ['training', trainingDefinition, '/courses'],
    ['wellness', wellnessDefinition, '/me/support-offers'],
  ];
  const services = new Map<string, TestService>();
  const svc = (name: string) => services.get(name)!;
  const api = (name: string) => request(svc(name).app.getHttpServer());
  const admin = (name: string) => svc(name).idp.bearer(['admin', 'officer', 'clinician', 'system']);

  beforeAll(async () => {
    for (const [, def] of defs) services.set(def.service, await startTestService(def));
  });
  afterAll(async () => {
    for (const s of services.values()) await s.close();
  });

  describe.each(defs)('%s', (name, _def, collection) => {

    it('refuses a NUL character in a body string (400 REQUEST.INVALID_CHARACTER)', async () => {
      const res = await api(name).post(collection).set('authorization', await admin(name)).send({ anything: 'a\u0000b' });
      expectProblem(res, 400, 'REQUEST.INVALID_CHARACTER');
    });

    it('refuses a NUL character in a query value (campusId=a%00b)', async () => {
      const res = await api(name).get(`${collection}?campusId=a%00b`).set('authorization', await admin(name));
      expectProblem(res, 400, 'REQUEST.INVALID_CHARACTER');
    });

    it('refuses JSON nested 2,000 and 100,000 deep before parsing it (400 REQUEST.TOO_DEEP)', async () => {
      for (const depth of [2_000, 100_000]) {
        const res = await api(name).post(collection).set('authorization', await admin(name)).set('content-type', 'application/json').send(nested(depth));
        expectProblem(res, 400, 'REQUEST.TOO_DEEP');
      }
    });

    it("answers Fastify's own refusals as problem+json with a correlation id: bad URL encoding, a 101-character path parameter", async () => {
      expectProblem(await api(name).get(`${collection}/%E0%A4%A`).set('authorization', await admin(name)), 400, 'REQUEST.MALFORMED');
      const long = await api(name).get(`${collection}/${'a'.repeat(101)}`).set('authorization', await admin(name));
      expectProblem(long, 414, 'REQUEST.URI_TOO_LONG');
      expect(long.body.detail).not.toContain('aaaa');
    });

    it('answers headers too large (431) as problem+json with a correlation id', async () => {
      const base = await listenOnLoopback(svc(name).app);
      const res = await rawRequest(base, { 'x-filler': 'x'.repeat(20_000) });
      expect(res.status).toBe(431);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      const body = JSON.parse(res.body);
      expect(body).toMatchObject({ status: 431, code: 'REQUEST.HEADERS_TOO_LARGE' });
      expect(body.correlationId).toBe(res.headers['x-correlation-id']);
    });
  });

  describe('impossible dates and times (one strict validator)', () => {
    it.each([
      ['staffing', 'get', '/on-call?campusId=campus-hs-01&at=2024-01-01T25:61:61Z', undefined, 'at'],
      ['staffing', 'get', '/on-call?campusId=campus-hs-01&at=2024-13-01T10:00:00Z', undefined, 'at'],
      ['staffing', 'get', '/on-call/coverage?campusId=c&from=2024-01-01T10:00:00%2B99:00&to=2024-01-02T00:00:00Z', undefined, 'from'],
      ['staffing', 'post', '/on-call-shifts', { staffId: '11111111-1111-4111-8111-111111111111', campusIds: ['c'], startsAt: '2024-01-01T25:61:61Z', endsAt: '2024-01-02T00:00:00Z' }, 'startsAt'],
      ['training', 'post', '/certification-expiry/runs', { asOf: '2024-01-01T25:61:61Z' }, 'asOf'],
      ['training', 'post', '/certification-expiry/runs', { asOf: '2024-01-01T10:00:00+99:00' }, 'asOf'],
      ['training', 'get', '/compliance/units/police?asOf=2024-02-30', undefined, 'asOf'],
      ['incidents', 'get', '/incidents?from=2024-02-30T00:00:00Z', undefined, 'from'],
      ['wellness', 'get', '/wellness/reports?from=2024-02-30&to=2024-03-31', undefined, 'from'],
      ['support-plans', 'put', '/students/S1', { dateOfBirth: '2010-02-30', guardians: [] }, 'dateOfBirth'],
    ])('%s %s %s → 400 naming the field', async (name, method, path, body, field) => {
      const call = (api(name) as unknown as Record<string, (p: string) => request.Test>)[method](path).set('authorization', await admin(name));
      const res = await (body ? call.send(body) : call);
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });
  });

  describe('numbers and combinations the database constrains', () => {
    it('hours: 1e-7 on POST /completions is a 400, not a TypeError', async () => {
      const res = await api('training')
        .post('/completions')
        .set('authorization', await admin('training'))
        .send({ staffId: '11111111-1111-4111-8111-111111111111', courseCode: 'CIT-40', completedOn: '2026-10-14', hours: 1e-7 });
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'hours' })]));
    });

    it('POST /referrals with an incident id but a non-incident source is a 400 naming incidentId', async () => {
      const res = await api('support-plans')
        .post('/referrals')
        .set('authorization', await admin('support-plans'))
        .send({ studentId: 'S1', campusId: 'campus-hs-01', source: 'staff', incidentId: '11111111-1111-4111-8111-111111111111', reason: 'x' });
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'incidentId' })]);
    });
  });

  describe('domain rules the fuzz found missing', () => {
    it('PUT /officers/{id}/proficiency refuses staff training does not know (404 COMPLIANCE.UNKNOWN_STAFF)', async () => {
      const res = await api('training')
        .put('/officers/11111111-1111-4111-8111-111111111111/proficiency')
        .set('authorization', await admin('training'))
        .send({ level: 'intermediate', since: '2024-05-01' });
      expectProblem(res, 404, 'COMPLIANCE.UNKNOWN_STAFF');
    });

    it('refuses a date of birth of 9999-12-31 (or any day after today)', async () => {
      const res = await api('support-plans').put('/students/S1').set('authorization', await admin('support-plans')).send({ dateOfBirth: '9999-12-31', guardianIds: [] });
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ field: 'dateOfBirth', message: 'dateOfBirth may not be in the future' }]);
    });

    it('refuses an incident dated next year but allows a device clock a minute ahead', async () => {
      const report = async (occurredAt: string) =>
        api('incidents')
          .post('/incidents')
          .set('authorization', await svc('incidents').idp.bearer(['officer'], 'officer-skew'))
          .send({ campusId: 'campus-hs-01', location: 'Gym', occurredAt, type: 'welfare-check', narrative: 'Check.' });
      const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
      const future = await report(nextYear);
      expectProblem(future, 400, 'REQUEST.VALIDATION_FAILED');
      expect(future.body.errors).toEqual([expect.objectContaining({ field: 'occurredAt' })]);
      expect((await report(new Date(Date.now() + 60_000).toISOString())).status).toBe(201);
    });
  });
});
