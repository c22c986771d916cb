import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import request from 'supertest';
import type { Role } from '#contracts';
import type { ServiceDefinition } from '#platform';
import { startTestService, type TestService } from '#testing';
import { incidentsDefinition } from '../../apps/incidents/src/incidents.definition.js';
import { staffingDefinition } from '../../apps/staffing/src/staffing.definition.js';
import { supportPlansDefinition } from '../../apps/support-plans/src/support-plans.definition.js';
import { trainingDefinition } from '../../apps/training/src/training.definition.js';
import { wellnessDefinition } from '../../apps/wellness/src/wellness.definition.js';
import { resolve, toJsonSchema, valueFor, wrongTypeFor, type Components, type Schema } from './schema-arbitraries.js';

/**
 * Issue 15: a property-based contract test over each service's generated OpenAPI document. For every
 * operation, fast-check generates requests from the declared schemas, valid ones and hostile ones,
 * and each answer must carry a status the operation documents (never a 5xx) and a body that
 * validates against the schema declared for that status. Fixed seed, bounded request count.
 */
const SEED = 15;
const VALID_RUNS = 4;
const INVALID_RUNS = 4;

type Json = Record<string, unknown>;
interface Operation {
  path: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  op: Json;
}
interface Sent {
  path: string;
  query: Record<string, unknown>;
  body?: unknown;
  rawBody?: string;
  contentType?: string;
}

const tally = { requests: 0, valid2xx: 0, bodiesValidated: 0, valid400: [] as string[], statuses: {} as Record<string, number>, undocumented: [] as string[], mismatches: [] as string[] };

function operations(doc: Json): Operation[] {
  return Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
    (['get', 'post', 'put', 'patch', 'delete'] as const).filter((m) => item[m]).map((method) => ({ path, method, op: item[method] as Json })),
  );
}

function bodySchema(op: Json): Schema | undefined {
  const content = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
  return content?.['application/json']?.schema as Schema | undefined;
}

const params = (op: Json, where: string) => ((op.parameters as Json[]) ?? []).filter((p) => p.in === where);

/** Valid requests: path and query parameters and a JSON body drawn from their schemas. */
function validRequest(o: Operation, components: Components): fc.Arbitrary<Sent> {
  const pathParams = Object.fromEntries(params(o.op, 'path').map((p) => [p.name as string, valueFor(p.schema as Schema, components)]));
  const queryParams = params(o.op, 'query');
  const query = fc.record(Object.fromEntries(queryParams.map((p) => [p.name as string, valueFor(p.schema as Schema, components)])), {
    requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name as string),
  });
  const schema = bodySchema(o.op);
  return fc.record({ pathValues: fc.record(pathParams), query, body: schema ? valueFor(schema, components) : fc.constant(undefined) }).map(({ pathValues, query, body }) => ({
    path: o.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(pathValues[name]))),
    query,
    body,
  }));
}

const nested = (depth: number) => `{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`;

/** Hostile requests: each must be refused with a documented 4xx problem+json. */
function invalidRequest(o: Operation, components: Components): fc.Arbitrary<Sent> | undefined {
  const schema = bodySchema(o.op);
  const queryParams = params(o.op, 'query');
  const path = o.path.replace(/\{(\w+)\}/g, '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de');
  const mutations: fc.Arbitrary<Sent>[] = [fc.constant({ path, query: { probe: 'a\u0000b' } })];
  if (queryParams.length) {
    const dated = queryParams.filter((p) => ['date', 'date-time'].includes(String((p.schema as Json)?.format)));
    if (dated.length) mutations.push(fc.constantFrom(...dated).map((p) => ({ path, query: { [p.name as string]: (p.schema as Json).format === 'date' ? '2024-02-30' : '2024-01-01T25:61:61Z' } })));
  }
  if (schema) {
    const body = resolve(schema, components);
    const properties = Object.entries((body.properties as Record<string, Schema>) ?? {});
    const required = (body.required as string[]) ?? [];
    const valid = valueFor(schema, components) as fc.Arbitrary<Json>;
    mutations.push(
      fc.constant({ path, query: {}, rawBody: nested(5_000), contentType: 'application/json' }),
      fc.constant({ path, query: {}, rawBody: '{"a":', contentType: 'application/json' }),
      fc.constant({ path, query: {}, rawBody: JSON.stringify({ a: 'x'.repeat(1_100_000) }), contentType: 'application/json' }),
      fc.constant({ path, query: {}, rawBody: 'a,b', contentType: 'application/xml' }),
      valid.map((b) => ({ path, query: {}, body: { ...b, unexpectedField: 'x' } })),
    );
    if (properties.length) {
      const props = fc.constantFrom(...properties);
      mutations.push(fc.tuple(valid, props).map(([b, [k, s]]) => ({ path, query: {}, body: { ...b, [k]: wrongTypeFor(s, components) } })));
      const strings = properties.filter(([, s]) => resolve(s, components).type === 'string' && !resolve(s, components).enum);
      if (strings.length) mutations.push(fc.tuple(valid, fc.constantFrom(...strings)).map(([b, [k]]) => ({ path, query: {}, body: { ...b, [k]: 'nul\u0000inside' } })));
      const dates = properties.filter(([, s]) => ['date', 'date-time'].includes(String(resolve(s, components).format)));
      if (dates.length) {
        mutations.push(
          fc.tuple(valid, fc.constantFrom(...dates)).map(([b, [k, s]]) => ({ path, query: {}, body: { ...b, [k]: resolve(s, components).format === 'date' ? '2024-13-01' : '2024-01-01T10:00:00+99:00' } })),
        );
      }
    }
    if (required.length) mutations.push(fc.tuple(valid, fc.constantFrom(...required)).map(([b, k]) => ({ path, query: {}, body: { ...b, [k]: undefined } })));
  }
  return fc.oneof(...mutations);
}

/** One Ajv per document: every component as a definition, so `$ref`s resolve. */
function responseValidator(doc: Json): (schema: Schema) => ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  const definitions = toJsonSchema(((doc.components as Json).schemas as Json) ?? {});
  const cache = new Map<Schema, ValidateFunction>();
  return (schema) => {
    if (!cache.has(schema)) cache.set(schema, ajv.compile({ definitions, ...(toJsonSchema(schema) as Json) }));
    return cache.get(schema)!;
  };
}

async function send(http: ReturnType<typeof request>, o: Operation, sent: Sent, authorization?: string) {
  let call = http[o.method](sent.path).query(sent.query as Record<string, string>);
  if (authorization) call = call.set('authorization', authorization);
  if (sent.rawBody !== undefined) return call.set('content-type', sent.contentType!).send(sent.rawBody);
  return sent.body === undefined ? call : call.send(sent.body as object);
}

describe.each([
  ['incidents', incidentsDefinition],
  ['support-plans', supportPlansDefinition],
  ['staffing', staffingDefinition],
  ['training', trainingDefinition],
  ['wellness', wellnessDefinition],
] as [string, ServiceDefinition][])('%s: OpenAPI contract (fast-check, seed 15)', (_name, def) => {
  let svc: TestService;
  let http: ReturnType<typeof request>;
  let doc: Json;
  let components: Components;
  let validate: (schema: Schema) => ValidateFunction;
  const seen = { undocumented: 0, mismatches: 0 };

  beforeAll(async () => {
    seen.undocumented = tally.undocumented.length;
    seen.mismatches = tally.mismatches.length;
    // Limits far above what the test sends: 429s would only hide what the operations answer.
    svc = await startTestService(def, { RATE_LIMIT_MAX: '1000000', RATE_LIMIT_ANONYMOUS_MAX: '1000000' });
    http = request(svc.app.getHttpServer());
    doc = (await http.get('/docs-json').expect(200)).body;
    components = ((doc.components as Json).schemas as Components) ?? {};
    validate = responseValidator(doc);
  });
  afterAll(() => svc?.close());

  /** The answer's status is documented and its body matches the schema declared for it. */
  function check(o: Operation, res: request.Response, label: string): void {
    tally.requests++;
    tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
    const where = `${o.method.toUpperCase()} ${o.path} → ${res.status} (${label})`;
    const response = (o.op.responses as Record<string, Json>)[res.status] ?? (o.op.responses as Record<string, Json>).default;
    if (!response) {
      tally.undocumented.push(`${where}: ${JSON.stringify(res.body).slice(0, 200)}`);
      return;
    }
    const content = response.content as Record<string, Json> | undefined;
    const mediaType = String(res.headers['content-type'] ?? '').split(';')[0];
    const schema = content?.[mediaType]?.schema as Schema | undefined;
    if (content && !content[mediaType] && res.status !== 204) tally.mismatches.push(`${where}: content-type ${mediaType} not declared`);
    if (schema && mediaType.endsWith('json')) {
      const v = validate(schema);
      tally.bodiesValidated++;
      if (!v(res.body)) tally.mismatches.push(`${where}: ${JSON.stringify(v.errors?.slice(0, 3))}`);
    }
  }

  it('valid requests get a documented status (never 5xx) and a body of the declared schema', async () => {
    for (const o of operations(doc)) {
      const roles = (o.op['x-roles'] as Role[] | undefined) ?? [];
      await fc.assert(
        fc.asyncProperty(validRequest(o, components), fc.constantFrom<Role | undefined>(...(roles.length ? roles : [undefined])), async (sent, role) => {
          const res = await send(http, o, sent, role ? await svc.idp.bearer([role], `contract-${role}`) : undefined);
          if (res.status >= 200 && res.status < 300) tally.valid2xx++;
          if (res.status === 400) tally.valid400.push(`${o.method.toUpperCase()} ${o.path}: ${JSON.stringify(res.body.errors ?? res.body.detail).slice(0, 300)} <= ${JSON.stringify(sent).slice(0, 300)}`);
          check(o, res, 'valid');
          expect(res.status).toBeLessThan(500);
        }),
        { seed: SEED, numRuns: VALID_RUNS, endOnFailure: true },
      );
    }
  });

  it('hostile requests (wrong types, missing fields, NUL, deep, huge, impossible dates, wrong media type) get a documented 4xx problem+json', async () => {
    for (const o of operations(doc)) {
      const roles = (o.op['x-roles'] as Role[] | undefined) ?? [];
      const arbitrary = invalidRequest(o, components);
      if (!arbitrary) continue;
      const authorization = roles.length ? await svc.idp.bearer([roles[0]], `contract-${roles[0]}`) : undefined;
      await fc.assert(
        fc.asyncProperty(arbitrary, async (sent) => {
          const res = await send(http, o, sent, authorization);
          check(o, res, `hostile ${JSON.stringify(sent.query).slice(0, 40)} ${String(sent.rawBody ?? JSON.stringify(sent.body) ?? '').slice(0, 60)}`);
          expect({ op: `${o.method} ${o.path}`, status: res.status >= 400 && res.status < 500 }).toEqual({ op: `${o.method} ${o.path}`, status: true });
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        }),
        { seed: SEED, numRuns: INVALID_RUNS, endOnFailure: true },
      );
    }
  });

  it('passes redocly lint --extends=recommended with 0 errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    try {
      const file = join(dir, `${_name}.json`);
      writeFileSync(file, JSON.stringify(doc));
      const cli = join(process.cwd(), 'node_modules/@redocly/cli/bin/cli.js');
      const result = await promisify(execFile)(process.execPath, [cli, 'lint', '--extends=recommended', '--format=json', file], {
        maxBuffer: 16 * 1024 * 1024,
        // Offline and quiet: no usage telemetry, no update check.
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' },
      }).catch(
        (err: { stdout: string }) => err,
      );
      const report = JSON.parse(result.stdout) as { totals: { errors: number }; problems: { ruleId: string; message: string; severity: string }[] };
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(report.totals.errors).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every answer was documented and matched its schema', () => {
    expect(tally.undocumented.slice(seen.undocumented)).toEqual([]);
    expect(tally.mismatches.slice(seen.mismatches)).toEqual([]);
  });
});

afterAll(() => {
  process.stdout.write(`OpenAPI contract: ${tally.requests} requests, ${tally.valid2xx} valid 2xx, ${tally.bodiesValidated} bodies validated against their schema, statuses ${JSON.stringify(tally.statuses)}, ` +
    `${tally.undocumented.length} undocumented, ${tally.mismatches.length} schema mismatches\n`);
  if (process.env.CONTRACT_DEBUG) process.stdout.write(`${tally.valid400.join('\n')}\n`);
});
