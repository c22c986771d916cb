import http from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { listenOnLoopback, startTestService, type TestService } from '#testing';
import { incidentsDefinition } from '../../apps/incidents/src/incidents.definition.js';
import { createPortalApp } from '../../apps/portal/src/portal.app.js';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request over a real socket, as curl sends it; a body the server refuses early may not be written whole. */
function send(base: string, method: string, path: string, headers: Record<string, string>, body?: Buffer | string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err)));
    if (body !== undefined && headers.expect === '100-continue') req.on('continue', () => req.end(body));
    else req.end(body);
  });
}

const INTERNALS = /FST_|EPIPE|ECONN|undici|stack|127\.0\.0\.1/;

function expectProblem(res: RawResponse, status: number, code: string): Record<string, unknown> {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(res.body);
  expect(body).toMatchObject({ status, code });
  expect(body.correlationId).toBe(res.headers['x-correlation-id']);
  expect(res.body).not.toMatch(INTERNALS);
  return body;
}

// Issue 15: the portal's own refusals, as problem+json without internals.
describe('portal: hostile requests at the proxy', () => {
  let incidents: TestService;
  let portal: NestFastifyApplication;
  let base: string;
  let incidentsUrl: string;
  let officer: string;
  const incident = JSON.stringify({
    campusId: 'campus-es-03',
    location: 'Front office',
    occurredAt: '2026-11-20T08:00:00Z',
    type: 'disturbance',
    narrative: 'Loud argument in the office.',
  });

  beforeAll(async () => {
    incidents = await startTestService(incidentsDefinition);
    incidentsUrl = await listenOnLoopback(incidents.app);
    portal = await createPortalApp({
      LOG_LEVEL: 'silent',
      RATE_LIMIT_ANONYMOUS_MAX: '2',
      INCIDENTS_URL: incidentsUrl,
      TRAINING_URL: 'http://127.0.0.1:9',
      SUPPORT_PLANS_URL: 'http://127.0.0.1:9',
      STAFFING_URL: 'http://127.0.0.1:9',
      WELLNESS_URL: 'http://127.0.0.1:9',
    });
    base = await listenOnLoopback(portal);
    officer = await incidents.idp.bearer(['officer'], 'officer-7');
  });
  afterAll(async () => {
    await portal?.close();
    await incidents?.close();
  });

  it('forwards a request sent with Expect: 100-continue (was a 500 FST_REPLY_FROM_INTERNAL_SERVER_ERROR)', async () => {
    const res = await send(base, 'POST', '/api/incidents/incidents', { authorization: officer, 'content-type': 'application/json', expect: '100-continue' }, incident);
    expect(res.status).toBe(201);
    expect(JSON.parse(res.body).reportedBy).toBe('officer-7');
  });

  it('refuses a body over 1 MiB with 413 problem+json (was a 500 "write EPIPE")', async () => {
    const big = Buffer.alloc(1_048_577, 0x20);
    const res = await send(base, 'POST', '/api/incidents/incidents', { authorization: officer, 'content-type': 'application/json', 'content-length': String(big.length) }, big);
    expectProblem(res, 413, 'REQUEST.TOO_LARGE');
  });

  it('answers a chunked body over 1 MiB (no Content-Length) as problem+json without internals', async () => {
    const big = Buffer.alloc(1_200_000, 0x20);
    const res = await send(base, 'POST', '/api/incidents/incidents', { authorization: officer, 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, big);
    expect([413, 502]).toContain(res.status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).not.toMatch(INTERNALS);
  });

  it('keeps /metrics off the public proxy, however the path is spelt', async () => {
    for (const path of ['/api/incidents/metrics', '/api/incidents/metrics/', '/api/incidents/%6Detrics', '/api/incidents/x/../metrics', '/api/incidents/metrics?format=x']) {
      expectProblem(await send(base, 'GET', path, {}), 404, 'ROUTE.NOT_FOUND');
    }
    // Prometheus still scrapes the service itself.
    expect((await send(incidentsUrl, 'GET', '/metrics', {})).status).toBe(200);
  });

  it('sends security headers on its own pages and keeps the services\' no-store on proxied answers', async () => {
    const own = await send(base, 'GET', '/health/live', {});
    expect(own.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN' });
    const proxied = await send(base, 'GET', '/api/incidents/incidents', { authorization: officer });
    expect(proxied.status).toBe(200);
    expect(proxied.headers['cache-control']).toBe('no-store');
  });

  it('limits anonymous reports per source at the edge (the service behind it cannot see the source): 429 problem+json with Retry-After', async () => {
    const tip = JSON.stringify({ campusId: 'campus-ms-02', category: 'bullying', text: 'Someone is picked on at lunch.' });
    const tipline = await incidents.idp.bearer(['system'], 'tipline');
    const from = (ip: string) => send(base, 'POST', '/api/incidents/tips', { authorization: tipline, 'content-type': 'application/json', 'x-forwarded-for': ip }, tip);
    expect((await from('198.51.100.20')).status).toBe(201);
    expect((await from('198.51.100.20')).status).toBe(201);
    const limited = await from('198.51.100.20');
    expectProblem(limited, 429, 'RATE.LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).not.toContain('198.51.100.20');
    expect((await from('198.51.100.21')).status).toBe(201);
    // Other routes are not limited by it.
    for (let i = 0; i < 4; i++) expect((await send(base, 'GET', '/api/incidents/incidents', { authorization: officer, 'x-forwarded-for': '198.51.100.20' })).status).toBe(200);
  });

  it('answers an unreachable service with 502 problem+json naming no host or error code', async () => {
    expectProblem(await send(base, 'GET', '/api/training/courses', { authorization: officer }), 502, 'PORTAL.UPSTREAM_UNAVAILABLE');
  });

  it("answers the router's own refusals (bad URL encoding, headers too large) as problem+json", async () => {
    expectProblem(await send(base, 'GET', '/api/incidents/incidents/%E0%A4%A', {}), 400, 'REQUEST.MALFORMED');
    const res = await send(base, 'GET', '/health/live', { 'x-filler': 'x'.repeat(20_000) });
    expect(res.status).toBe(431);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'REQUEST.HEADERS_TOO_LARGE' });
  });
});
