import request from 'supertest';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { Role } from '#contracts';
import type { ServiceDefinition } from '#platform';
import { startTestService, type TestService } from './test-service.js';

export interface ConformanceCase {
  service: ServiceDefinition;
  /** Collection path that creates a record, e.g. /incidents. */
  collection: string;
  validBody: Record<string, unknown>;
  writer: Role;
  /** A role that may not create this record. */
  forbidden: Role;
  notFoundCode: string;
  /** [what is wrong, body, offending field] */
  badBodies: [string, Record<string, unknown>, string][];
}

export function omit<T extends Record<string, unknown>>(body: T, key: keyof T): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = body;
  return rest;
}

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/**
 * The HTTP contract every service keeps: problem+json errors with stable codes, auth on every
 * business route, health, metrics and a valid OpenAPI 3 document.
 */
export function describeServiceConformance(c: ConformanceCase): void {
  describe(`${c.service.service}: platform HTTP contract (real PostgreSQL)`, () => {
    let svc: TestService;
    let http: ReturnType<typeof request>;
    let writer: string;

    beforeAll(async () => {
      svc = await startTestService(c.service);
      http = request(svc.app.getHttpServer());
      writer = await svc.idp.bearer([c.writer]);
    });
    afterAll(() => svc?.close());

    it('201 creates a record that reads back identically', async () => {
      const created = await http.post(c.collection).set('authorization', writer).send(c.validBody).expect(201);
      expect(created.body.id).toEqual(expect.any(String));
      const read = await http.get(`${c.collection}/${created.body.id}`).set('authorization', writer).expect(200);
      expect(read.body).toEqual(created.body);
    });

    it.each([
      ['an unknown field', { ...c.validBody, unexpectedField: 'x' }, 'unexpectedField'] as [string, Record<string, unknown>, string],
      ...c.badBodies,
    ])('400 problem+json for %s', async (_label, body, field) => {
      const res = await http.post(c.collection).set('authorization', writer).send(body).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION_FAILED', type: 'urn:problem:REQUEST.VALIDATION_FAILED' });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(res.body.correlationId).toBe(res.headers['x-correlation-id']);
    });

    it('400 problem+json for malformed JSON', async () => {
      const res = await http.post(c.collection).set('authorization', writer).set('content-type', 'application/json').send('{"a":').expect(400);
      expect(res.body).toMatchObject({ status: 400, code: 'REQUEST.MALFORMED' });
    });

    it('401 problem+json without a token, with a garbled one, and with an expired one', async () => {
      const none = await http.get(`${c.collection}/${UNKNOWN_ID}`).expect(401);
      expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(none.body).toMatchObject({ status: 401, code: 'AUTH.UNAUTHENTICATED' });
      await http.get(`${c.collection}/${UNKNOWN_ID}`).set('authorization', 'Bearer a.b.c').expect(401);
      const expired = await svc.idp.token([c.writer], 'u', { expiresIn: '-5m' });
      await http.get(`${c.collection}/${UNKNOWN_ID}`).set('authorization', `Bearer ${expired}`).expect(401);
    });

    it('401 for tokens without exp, living past JWT_MAX_TTL (12 h) or issued in the future', async () => {
      const url = `${c.collection}/${UNKNOWN_ID}`;
      const now = Math.floor(Date.now() / 1000);
      for (const token of [
        await svc.idp.token([c.writer], 'u', { expiresIn: null }),
        await svc.idp.token([c.writer], 'u', { expiresIn: '13h' }),
        await svc.idp.token([c.writer], 'u', { issuedAt: now + 3600, expiresIn: '2h' }),
      ]) {
        const res = await http.get(url).set('authorization', `Bearer ${token}`).expect(401);
        expect(res.body.code).toBe('AUTH.UNAUTHENTICATED');
      }
    });

    it('accepts the bearer scheme in any case (RFC 7235)', async () => {
      const token = await svc.idp.token([c.writer]);
      for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
        await http.get(`${c.collection}/${UNKNOWN_ID}`).set('authorization', `${scheme} ${token}`).expect(404);
      }
    });

    it(`403 problem+json for the ${c.forbidden} role`, async () => {
      const res = await http.post(c.collection).set('authorization', await svc.idp.bearer([c.forbidden])).send(c.validBody).expect(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
    });

    it('404 problem+json for an unknown record and an unknown route', async () => {
      const res = await http.get(`${c.collection}/${UNKNOWN_ID}`).set('authorization', writer).expect(404);
      expect(res.body).toMatchObject({ status: 404, code: c.notFoundCode });
      const route = await http.get('/no-such-route').set('authorization', writer).expect(404);
      expect(route.body).toMatchObject({ status: 404, code: 'ROUTE.NOT_FOUND' });
    });

    it('serves health without a token; readiness pings the database', async () => {
      await http.get('/health/live').expect(200);
      const ready = await http.get('/health/ready').expect(200);
      expect(ready.body.info.database.status).toBe('up');
    });

    it('keeps a safe caller-supplied correlation id and replaces an unsafe one', async () => {
      const kept = await http.get('/health/live').set('x-correlation-id', 'cad-req-42').expect(200);
      expect(kept.headers['x-correlation-id']).toBe('cad-req-42');
      const replaced = await http.get('/health/live').set('x-correlation-id', 'bad id\twith spaces').expect(200);
      expect(replaced.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('exposes Prometheus metrics', async () => {
      const res = await http.get('/metrics').expect(200);
      expect(res.text).toContain('http_request_duration_seconds_bucket');
      expect(res.text).toContain('process_cpu_user_seconds_total');
    });

    it('serves Swagger UI and a valid OpenAPI 3 document declaring the bearer scheme', async () => {
      const res = await http.get('/docs-json').expect(200);
      const result = await new Validator().validate(res.body);
      expect(result.errors).toBeUndefined();
      expect(result.valid).toBe(true);
      expect(res.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
      expect(res.body.paths[c.collection].post.security).toEqual([{ bearer: [] }]);
      expect(res.body.paths['/health/live'].get.security).toEqual([]);
      const ui = await http.get('/docs').expect(200);
      expect(ui.text).toContain('swagger-ui');
    });
  });
}
