import request from 'supertest';
import { startTestService, type TestService } from '#testing';
import { incidentsDefinition } from '../src/incidents.definition.js';

const tip = { campusId: 'campus-ms-02', category: 'bullying', text: 'Someone is being picked on at lunch.' };
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

// Issue 15: rate limits (per source on anonymous-reporting routes, per principal elsewhere) and security headers.
describe('incidents: rate limits and security headers', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    svc = await startTestService(incidentsDefinition, { RATE_LIMIT_ANONYMOUS_MAX: '3', RATE_LIMIT_MAX: '5', RATE_LIMIT_WINDOW_MS: '60000' });
    http = request(svc.app.getHttpServer());
  });
  afterAll(() => svc?.close());

  it('limits POST /tips per source, not per caller: 429 problem+json with Retry-After once the source is over its limit', async () => {
    const from = async (ip: string, sub: string) =>
      http.post('/tips').set('x-forwarded-for', ip).set('authorization', await svc.idp.bearer(['system'], sub)).send(tip);
    for (let i = 0; i < 3; i++) expect((await from('198.51.100.7', `tipline-${i}`)).status).toBe(201);
    const limited = await from('198.51.100.7', 'tipline-other');
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, code: 'RATE.LIMITED' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.correlationId).toBe(limited.headers['x-correlation-id']);
    // Nothing about the source in the answer.
    expect(JSON.stringify(limited.body)).not.toContain('198.51.100.7');
    expect((await from('198.51.100.8', 'tipline-0')).status).toBe(201);
  });

  it('limits authenticated routes per principal, whatever the source address', async () => {
    const officer = await svc.idp.bearer(['officer'], 'officer-busy');
    for (let i = 0; i < 5; i++) {
      await http.get(`/incidents/${UNKNOWN}`).set('x-forwarded-for', `192.0.2.${i}`).set('authorization', officer).expect(404);
    }
    const limited = await http.get(`/incidents/${UNKNOWN}`).set('x-forwarded-for', '192.0.2.99').set('authorization', officer).expect(429);
    expect(limited.body.code).toBe('RATE.LIMITED');
    expect(limited.headers['retry-after']).toBeDefined();
    // Another officer is not affected, and health probes are never limited.
    await http.get(`/incidents/${UNKNOWN}`).set('authorization', await svc.idp.bearer(['officer'], 'officer-quiet')).expect(404);
    for (let i = 0; i < 8; i++) await http.get('/health/live').expect(200);
  });

  it('sends security headers and Cache-Control: no-store on API responses, errors included', async () => {
    const chief = await svc.idp.bearer(['police-chief'], 'chief-h');
    for (const res of [await http.get('/incidents').set('authorization', chief).expect(200), await http.get(`/incidents/${UNKNOWN}`).set('authorization', chief).expect(404)]) {
      expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'cache-control': 'no-store' });
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('adds HSTS only behind TLS (X-Forwarded-Proto: https from the ingress)', async () => {
    const res = await http.get('/health/live').set('x-forwarded-proto', 'https').expect(200);
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
  });
});
