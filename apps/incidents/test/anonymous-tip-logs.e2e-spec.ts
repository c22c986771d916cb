import request from 'supertest';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp } from '#platform';
import { dropSchema, TEST_AUDIENCE, TEST_ISSUER, TestIdentityProvider, testDatabaseUrl, uniqueSchema } from '#testing';
import { incidentsDefinition } from '../src/incidents.definition.js';

/** One parsed pino line; `req` is what the request serializer kept. */
interface LogLine {
  msg?: string;
  req?: Record<string, unknown> & { id?: string; headers?: Record<string, string> };
  res?: { statusCode?: number; headers?: Record<string, string> };
  [field: string]: unknown;
}

const traces = {
  forwardedFor: '203.0.113.45',
  userAgent: 'StudentSafetyApp/3.1 (device 5D2F)',
  correlationId: 'tipline-req-8812',
  sub: 'tipline-app-77',
};

const tip = { campusId: 'campus-ms-02', category: 'threat', studentIds: ['S1000002'], text: 'Heard a threat about Friday.' };

describe('incidents: anonymous tips leave no trace in the request logs (TEC 37.115, R11)', () => {
  let app: NestFastifyApplication;
  let idp: TestIdentityProvider;
  let schema: string;
  let http: ReturnType<typeof request>;
  const lines: LogLine[] = [];

  beforeAll(async () => {
    idp = await TestIdentityProvider.create();
    schema = uniqueSchema('incidents');
    // The same boot path as main.ts and startTestService, with the JSON logs written to memory.
    app = await createServiceApp(
      incidentsDefinition,
      {
        NODE_ENV: 'test',
        DATABASE_URL: testDatabaseUrl(),
        DB_SCHEMA: schema,
        DB_POOL_SIZE: '2',
        JWT_PUBLIC_KEY: idp.publicKeyPem,
        JWT_ISSUER: TEST_ISSUER,
        JWT_AUDIENCE: TEST_AUDIENCE,
        LOG_LEVEL: 'info',
      },
      { logDestination: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) } },
    );
    await app.getHttpAdapter().getInstance().ready();
    http = request(app.getHttpServer());
  });
  afterAll(async () => {
    await app?.close();
    if (schema) await dropSchema(schema);
  });

  /** Sends with every identifying header a tip app or proxy could add, returns that request's log lines. */
  async function send(build: (auth: string) => request.Test, auth?: string): Promise<{ res: request.Response; logs: LogLine[] }> {
    const from = lines.length;
    const res = await build(auth ?? (await idp.bearer(['system'], traces.sub)))
      .set('x-forwarded-for', traces.forwardedFor)
      .set('user-agent', traces.userAgent)
      .set('x-correlation-id', traces.correlationId);
    const logs = lines.slice(from).filter((l) => l.req);
    expect(logs.length).toBeGreaterThan(0);
    return { res, logs };
  }

  const tipPost = (body: object) => (auth: string) => http.post('/tips?device=5D2F').set('authorization', auth).send(body);

  it('logs a normal route with the caller address, headers and correlation id, as before', async () => {
    const { res: created } = await send(tipPost(tip));
    const { res, logs } = await send((auth) => http.get(`/tips/${created.body.id}`).set('authorization', auth));
    expect(res.status).toBe(200);
    expect(res.headers['x-correlation-id']).toBe(traces.correlationId);

    const completed = logs.find((l) => l.msg === 'request completed')!;
    expect(completed.req).toMatchObject({
      id: traces.correlationId,
      method: 'GET',
      url: '/tips/:id', // the route pattern: paths and queries carry ids (issue 14)
      remoteAddress: expect.stringMatching(/127\.0\.0\.1|::1/),
      remotePort: expect.any(Number),
    });
    expect(completed.req!.headers).toMatchObject({
      'user-agent': traces.userAgent,
      'x-forwarded-for': traces.forwardedFor,
      'x-correlation-id': traces.correlationId,
      authorization: '[Redacted]',
    });
  });

  it.each([
    ['a stored tip', tip, undefined, 201],
    ['a rejected body', { campusId: 'campus-ms-02' }, undefined, 400],
    ['a missing token', tip, '', 401],
  ])('logs POST /tips (%s) with no remote address, headers, query or caller correlation id', async (_case, body, auth, status) => {
    const { res, logs } = await send(tipPost(body), auth);
    expect(res.status).toBe(status);
    // The caller gets a fresh id back, never its own.
    expect(res.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);

    for (const line of logs) expect(line.req).toEqual({ id: res.headers['x-correlation-id'], method: 'POST', url: '/tips' });
    const text = JSON.stringify(logs);
    for (const trace of [...Object.values(traces), '127.0.0.1', 'remotePort', 'device', 'Bearer']) expect(text).not.toContain(trace);
    expect(logs.some((l) => l.msg === 'request completed' && l.res?.statusCode === status)).toBe(true);
  });
});
