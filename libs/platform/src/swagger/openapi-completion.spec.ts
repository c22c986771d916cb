import type { OpenAPIObject } from '@nestjs/swagger';
import { completeOpenApi } from './openapi-completion.js';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });

function document(): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/health/live': { get: { responses: { 200: { description: '' } } } },
      '/incidents/{id}/triage': {
        post: {
          security: [{ bearer: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
          responses: { 200: { description: '' }, 401: problem('Missing token (AUTH.UNAUTHENTICATED)'), 409: problem('Not now (INCIDENT.ILLEGAL_TRANSITION)') },
        },
      },
      '/districts': { post: { security: [{ bearer: [] }], 'x-roles': ['platform-admin'], responses: {} } },
      '/clinical-notes': { post: { security: [{ bearer: [] }], 'x-roles': ['clinician', 'admin'], responses: {} } },
      '/incidents': { get: { security: [{ bearer: [] }], parameters: [{ name: 'campusId', in: 'query', example: 'campus-hs-01', schema: { type: 'string', example: 'x' } }], responses: {} } },
    },
  } as unknown as OpenAPIObject;
}

describe('completeOpenApi (issue 15)', () => {
  const doc = completeOpenApi(document(), { max: 100, anonymousMax: 5, windowMs: 60_000 }) as unknown as { paths: Record<string, Record<string, Record<string, unknown>>> };
  const triage = doc.paths['/incidents/{id}/triage'].post as { responses: Record<string, { description: string; content?: Record<string, { example: { code: string; status: number } }>; headers?: object }> };

  it('marks public operations security: [] and keeps secured ones', () => {
    expect(doc.paths['/health/live'].get.security).toEqual([]);
    expect(triage).toMatchObject({ security: [{ bearer: [] }] });
  });

  it('declares every platform status with an example of its own status and code', () => {
    expect(Object.keys(triage.responses).sort()).toEqual(['200', '400', '401', '404', '409', '413', '414', '415', '429', '503']);
    const examples = Object.entries(triage.responses)
      .filter(([s]) => Number(s) >= 400)
      .map(([s, r]) => [Number(s), r.content!['application/problem+json'].example.status, r.content!['application/problem+json'].example.code]);
    for (const [status, exampleStatus] of examples) expect(exampleStatus).toBe(status);
    expect(Object.fromEntries(examples.map(([s, , c]) => [s, c]))).toMatchObject({ 400: 'REQUEST.VALIDATION_FAILED', 401: 'AUTH.UNAUTHENTICATED', 409: 'INCIDENT.ILLEGAL_TRANSITION', 429: 'RATE.LIMITED' });
    expect(triage.responses[429].description).toContain('100 requests per 60 s per principal');
    expect(triage.responses[429].headers).toHaveProperty('Retry-After');
    expect(triage.responses[200].description).toBe('OK');
  });

  it('never rate-limits health and pre-fills no query filter', () => {
    expect(doc.paths['/health/live'].get.responses).not.toHaveProperty('429');
    const [param] = doc.paths['/incidents'].get.parameters as { example?: unknown; schema: { example?: unknown } }[];
    expect(param.example).toBeUndefined();
    expect(param.schema.example).toBeUndefined();
  });

  it('documents x-acting-district on operations a lent role (clinician, officer) may call, and nowhere else (issue 19)', () => {
    const headers = (path: string, method: string) =>
      ((doc.paths[path][method].parameters ?? []) as { in: string; name: string }[]).filter((p) => p.in === 'header').map((p) => p.name);
    expect(headers('/clinical-notes', 'post')).toEqual(['x-acting-district']);
    expect(headers('/districts', 'post')).toEqual([]);
    expect(headers('/health/live', 'get')).toEqual([]);
  });
});
