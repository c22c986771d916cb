import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';
import { ANONYMOUS_REPORTING_ROUTES } from '#contracts';
import { isAnonymousRequest } from '#platform';
import { apiPrefix } from '../specs/spec-catalog.js';

const ROUTES = new Set(ANONYMOUS_REPORTING_ROUTES.map((r) => `${r.method} ${apiPrefix(r.service)}${r.path}`));

/** An anonymous-reporting route of a service, reached through /api/<service> (TEC 37.115, R11). */
export function isProxiedAnonymousRoute(request: Pick<FastifyRequest, 'method' | 'url'>): boolean {
  const path = request.url.split('?')[0].replace(/\/+$/, '');
  return ROUTES.has(`${request.method} ${path}`);
}

/** Headers that would tell the service who sent an anonymous report: none of them go upstream. */
const CALLER_HEADERS = ['user-agent', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip', 'forwarded', 'referer', 'origin', 'cookie', 'via'];

/** What goes upstream for an anonymous report: none of the caller's identifying headers. */
export function forgetCallerUpstream(request: { raw: unknown }, headers: IncomingHttpHeaders): IncomingHttpHeaders {
  if (!isAnonymousRequest(request as { raw: IncomingMessage })) return headers;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !CALLER_HEADERS.includes(name.toLowerCase())));
}
