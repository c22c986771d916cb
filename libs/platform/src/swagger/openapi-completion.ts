import type { OpenAPIObject } from '@nestjs/swagger';
import { DISTRICT_ID_PATTERN, type Role } from '#contracts';
import { STATUS_CODES } from 'node:http';
import { ACTING_DISTRICT_HEADER, LENDABLE_ROLES } from '../auth/acting-district.js';
import { MAX_JSON_DEPTH } from '../http/hostile-input.js';

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

/** What the platform itself can answer on any operation, beyond what each controller documents. */
const PLATFORM_RESPONSES: Record<number, [code: string, description: string]> = {
  400: ['REQUEST.VALIDATION_FAILED', `Invalid request: a field fails validation (REQUEST.VALIDATION_FAILED), malformed JSON (REQUEST.MALFORMED), a NUL character (REQUEST.INVALID_CHARACTER), JSON nested deeper than ${MAX_JSON_DEPTH} (REQUEST.TOO_DEEP) or a bad URL encoding`],
  404: ['ROUTE.NOT_FOUND', 'No such record (or no such route)'],
  413: ['REQUEST.TOO_LARGE', 'The body is over 1 MiB (REQUEST.TOO_LARGE)'],
  414: ['REQUEST.URI_TOO_LONG', 'A path parameter is over 100 characters (REQUEST.URI_TOO_LONG)'],
  415: ['REQUEST.UNSUPPORTED_MEDIA_TYPE', 'The body is not of a media type this operation accepts (REQUEST.UNSUPPORTED_MEDIA_TYPE)'],
  429: ['RATE.LIMITED', 'Too many requests from this principal (or, on anonymous-reporting routes, this source) in the window (RATE.LIMITED); see Retry-After'],
  503: ['SERVICE.UNAVAILABLE', 'The database is unreachable right now (SERVICE.UNAVAILABLE); see Retry-After'],
};

const DEFAULT_CODES: Record<number, string> = {
  401: 'AUTH.UNAUTHENTICATED',
  403: 'AUTH.FORBIDDEN',
  409: 'REQUEST.CONFLICT',
  422: 'REQUEST.UNPROCESSABLE',
  502: 'PORTAL.UPSTREAM_UNAVAILABLE',
};

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 0 } } };

/** The first stable code named in a response description, e.g. "(INCIDENT.NOT_FOUND)". */
function codeIn(description: unknown): string | undefined {
  return /\b([A-Z][A-Z_]*\.[A-Z][A-Z_.]*)\b/.exec(String(description ?? ''))?.[1];
}

/** A problem example of its own for each status: clients generated from the spec see the real code. */
function problemExample(status: number, code: string, path: string, description: unknown): Json {
  const said = String(description ?? '').replace(/\s*\([^)]*\)\s*$/, '');
  return {
    type: `urn:problem:${code}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail: code === 'REQUEST.VALIDATION_FAILED' ? 'campusId must be a string' : said || String(STATUS_CODES[status] ?? 'Error'),
    instance: path.replace(/\{[^}]+\}/g, '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de'),
    code,
    correlationId: '3f1c2a8e-6b7d-4d39-9a51-0c2f4f0b9e11',
    ...(code === 'REQUEST.VALIDATION_FAILED' ? { errors: [{ field: 'campusId', message: 'campusId must be a string' }] } : {}),
  };
}

function isProblemResponse(response: Json): boolean {
  const content = response.content as Json | undefined;
  return content === undefined || 'application/problem+json' in content;
}

/** The limits in force, for the 429 description (from the service's validated config). */
export interface DocumentedLimits {
  max: number;
  anonymousMax: number;
  windowMs: number;
}

function rateLimitText(limits?: DocumentedLimits): string {
  if (!limits) return PLATFORM_RESPONSES[429][1];
  const per = `per ${limits.windowMs / 1000} s`;
  const max = limits.max ? `${limits.max} requests ${per} per principal (per source without a valid token)` : 'no limit per principal';
  const anonymous = limits.anonymousMax ? `${limits.anonymousMax} ${per} per source on anonymous-reporting routes such as POST /tips` : 'no limit on anonymous-reporting routes';
  return `Rate limit exceeded (RATE.LIMITED): ${max}; ${anonymous}. Retry after Retry-After seconds.`;
}

function completeResponses(path: string, op: Json, secured: boolean, limits?: DocumentedLimits): void {
  const responses = (op.responses ??= {}) as Record<string, Json>;
  const hasPathParams = /\{/.test(path);
  // Health probes are never rate limited (see rate-limits.ts).
  const limited = !path.startsWith('/health');
  const wanted = [400, ...(limited ? [429] : []), 503, ...(hasPathParams ? [404, 414] : []), ...(op.requestBody ? [413, 415] : [])];
  for (const status of wanted) {
    if (!responses[status]) responses[status] = { description: status === 429 ? rateLimitText(limits) : PLATFORM_RESPONSES[status][1] };
  }
  if (!secured) {
    delete responses[401];
    delete responses[403];
  }
  for (const [status, response] of Object.entries(responses)) {
    const code = Number(status);
    if (code < 400) {
      if (!response.description) response.description = code === 201 ? 'Created' : code === 204 ? 'No content' : 'OK';
      continue;
    }
    if (!isProblemResponse(response)) continue;
    const problemCode = codeIn(response.description) ?? PLATFORM_RESPONSES[code]?.[0] ?? DEFAULT_CODES[code] ?? `HTTP.${code}`;
    response.content = { 'application/problem+json': { schema: PROBLEM_REF, example: problemExample(code, problemCode, path, response.description) } };
    if (code === 429 || code === 503) response.headers = { ...RETRY_AFTER, ...(response.headers as Json | undefined) };
  }
}

/** Operations a partner district's clinician or officer may call acting in this district (issue 19). */
function documentActingDistrict(op: Json): void {
  const roles = (op['x-roles'] ?? []) as Role[];
  if (!roles.some((r) => LENDABLE_ROLES.includes(r))) return;
  const parameters = (op.parameters ??= []) as Json[];
  if (parameters.some((p) => p.in === 'header' && p.name === ACTING_DISTRICT_HEADER)) return;
  parameters.push({
    in: 'header',
    name: ACTING_DISTRICT_HEADER,
    required: false,
    description:
      "A partner district's clinician or officer acts in this district (the student's: its records, its consents) under a sharing agreement in force " +
      'that lends their role, with that role only; audited in both districts. 400 DISTRICT.UNKNOWN for no such district, ' +
      '403 DISTRICT.NO_SHARING_AGREEMENT without an agreement in force. Your own district, or no header: act in your own district.',
    schema: { type: 'string', pattern: DISTRICT_ID_PATTERN },
  });
}

/** Query fields start empty in Swagger UI: an example there is sent by "Try it out" as a filter. */
function clearQueryExamples(op: Json): void {
  for (const param of (op.parameters ?? []) as Json[]) {
    if (param.in !== 'query') continue;
    delete param.example;
    if (param.schema) delete (param.schema as Json).example;
  }
}

/**
 * Makes the generated document say what the platform does: every status an operation can answer
 * (with its own problem example), `security: []` on public operations, no pre-filled query
 * filters, and a description on every success response. Roles are added by @Authorize (x-roles).
 */
export function completeOpenApi(document: OpenAPIObject, limits?: DocumentedLimits): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = (item as Record<string, Json | undefined>)[method];
      if (!op) continue;
      const secured = Array.isArray(op.security) && op.security.length > 0;
      if (!secured) op.security = [];
      completeResponses(path, op, secured, limits);
      clearQueryExamples(op);
      if (secured) documentActingDistrict(op);
    }
  }
  return document;
}
