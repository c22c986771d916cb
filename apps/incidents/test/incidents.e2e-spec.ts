import request from 'supertest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startTestService, type TestService } from '#testing';
import { incidentsService } from '../src/incidents.service.js';

describe('incidents service (HTTP, real PostgreSQL)', () => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  let officer: string;

  beforeAll(async () => {
    svc = await startTestService(incidentsService);
    http = request(svc.app.getHttpServer());
    officer = await svc.idp.bearer(['officer'], 'officer-7');
  });
  afterAll(() => svc?.close());

  const validBody = {
    campusId: 'campus-hs-01',
    location: 'Gym hallway',
    occurredAt: '2026-11-23T14:05:00Z',
    type: 'welfare-check',
    studentIds: ['S1000001'],
    narrative: 'Teacher asked for a welfare check on a distressed student.',
    mentalHealthCrisis: true,
  };

  it('201: reports an incident and reads it back', async () => {
    const created = await http.post('/incidents').set('authorization', officer).send(validBody).expect(201);
    expect(created.body).toMatchObject({ ...validBody, occurredAt: '2026-11-23T14:05:00.000Z', status: 'reported', reportedBy: 'officer-7' });
    const read = await http.get(`/incidents/${created.body.id}`).set('authorization', officer).expect(200);
    expect(read.body).toEqual(created.body);
  });

  it.each([
    ['an unknown field', { ...validBody, secret: 'x' }, 'secret'],
    ['a wrong type', { ...validBody, mentalHealthCrisis: 'yes' }, 'mentalHealthCrisis'],
    ['a missing field', (({ narrative: _omit, ...rest }) => rest)(validBody), 'narrative'],
    ['an unknown incident type', { ...validBody, type: 'jaywalking' }, 'type'],
  ])('400 problem+json for %s', async (_label, body, field) => {
    const res = await http.post('/incidents').set('authorization', officer).send(body).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION_FAILED', type: 'urn:problem:REQUEST.VALIDATION_FAILED' });
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(res.body.correlationId).toBe(res.headers['x-correlation-id']);
  });

  it('400 problem+json for malformed JSON', async () => {
    const res = await http.post('/incidents').set('authorization', officer).set('content-type', 'application/json').send('{"campusId":').expect(400);
    expect(res.body.code).toBe('REQUEST.MALFORMED');
  });

  it('401 problem+json without a token, with a bad token, and with a token from another issuer', async () => {
    const none = await http.get('/incidents/00000000-0000-4000-8000-000000000000').expect(401);
    expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(none.body.code).toBe('AUTH.UNAUTHENTICATED');
    await http.get('/incidents/00000000-0000-4000-8000-000000000000').set('authorization', 'Bearer a.b.c').expect(401);
    const foreign = await svc.idp.token(['officer'], 'x', { issuer: 'urn:someone-else' });
    await http.get('/incidents/00000000-0000-4000-8000-000000000000').set('authorization', `Bearer ${foreign}`).expect(401);
  });

  it('403 problem+json for a role that may not report incidents', async () => {
    const clinician = await svc.idp.bearer(['clinician']);
    const res = await http.post('/incidents').set('authorization', clinician).send(validBody).expect(403);
    expect(res.body).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
  });

  it('404 problem+json for an unknown incident', async () => {
    const res = await http.get('/incidents/00000000-0000-4000-8000-000000000000').set('authorization', officer).expect(404);
    expect(res.body).toMatchObject({ status: 404, code: 'INCIDENT.NOT_FOUND' });
  });

  it('keeps a caller-supplied correlation id', async () => {
    const res = await http.get('/health/live').set('x-correlation-id', 'cad-req-42').expect(200);
    expect(res.headers['x-correlation-id']).toBe('cad-req-42');
  });

  it('serves health without a token', async () => {
    await http.get('/health/live').expect(200);
    const ready = await http.get('/health/ready').expect(200);
    expect(ready.body.info.database.status).toBe('up');
  });

  it('exposes Prometheus metrics', async () => {
    const res = await http.get('/metrics').expect(200);
    expect(res.text).toContain('http_request_duration_seconds_bucket');
    expect(res.text).toContain('process_cpu_user_seconds_total');
  });

  it('serves a valid OpenAPI 3 document with the bearer scheme', async () => {
    const res = await http.get('/docs-json').expect(200);
    const result = await new Validator().validate(res.body);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(res.body.paths['/incidents'].post.security).toEqual([{ bearer: [] }]);
    await http.get('/docs').expect(200);
  });
});
