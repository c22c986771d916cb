import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyAdapter } from '@nestjs/platform-fastify';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants.js';
import type { FastifyRequest } from 'fastify';

/** Fastify route-config key set by @AnonymousReporting(); read in a hook, before any middleware. */
export const ANONYMOUS_REPORTING = 'anonymousReporting';
const ANONYMOUS = Symbol('anonymousReporting');
/** The matched route's pattern (`/students/:studentId`), stashed on the Node request for the log serializer. */
const ROUTE = Symbol('routePattern');

type MarkedRequest = IncomingMessage & { [ANONYMOUS]?: true; [ROUTE]?: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    [ANONYMOUS_REPORTING]?: boolean;
  }
}

/**
 * Marks a route that takes anonymous reports (TEC 37.115, R11): its request logs keep no remote
 * address or port, no headers (user-agent, forwarded-for, authorization, the caller's correlation
 * id) and no query string, and the request gets a fresh correlation id whatever the caller sent.
 * Merges into Nest's fastify route config, so it composes with @RouteConfig placed below it.
 */
export function AnonymousReporting(): MethodDecorator {
  return (_target, _key, descriptor) => {
    const handler = descriptor.value as object;
    const existing = (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) as Record<string, unknown> | undefined) ?? {};
    Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...existing, [ANONYMOUS_REPORTING]: true }, handler);
    return descriptor;
  };
}

function isAnonymousRoute(request: FastifyRequest): boolean {
  return request.routeOptions.config?.[ANONYMOUS_REPORTING] === true;
}

/**
 * Must be added before Nest registers its middleware (pino-http runs there), so the logger and the
 * request context already see the fresh id and the mark. `isAnonymous` says which requests are
 * anonymous reports: by default the routes marked @AnonymousReporting(); the portal passes its own,
 * since the routes it proxies are not its own (issue 14).
 */
export function forgetAnonymousCallers(adapter: FastifyAdapter, isAnonymous: (request: FastifyRequest) => boolean = isAnonymousRoute): void {
  adapter.getInstance().addHook('onRequest', (request, _reply, done) => {
    const raw = request.raw as MarkedRequest;
    raw[ROUTE] ??= request.routeOptions.url ?? '(unmatched)';
    if (isAnonymous(request)) {
      request.id = randomUUID();
      raw[ANONYMOUS] = true;
    }
    done();
  });
}

/** Whether forgetAnonymousCallers() marked this request (for whatever else must forget the caller). */
export function isAnonymousRequest(request: { raw: IncomingMessage }): boolean {
  return (request.raw as MarkedRequest)[ANONYMOUS] === true;
}

/** What pino-std-serializers makes of a request; `raw` is the Node request (not enumerable). */
export interface SerializedRequest {
  id?: unknown;
  method?: string;
  url?: string;
  raw?: MarkedRequest;
  [field: string]: unknown;
}

/** Headers that can carry a URL of the caller's page (with its ids) into the log. */
const URL_HEADERS = ['referer', 'origin'];

/**
 * pino request serializer. Paths and query strings carry student ids (`/students/S1000001`,
 * `?studentId=`), so every request logs its route pattern and its query's names, never the values
 * (issue 14). On anonymous-reporting routes only `{ id, method, url }` stays (TEC 37.115, R11).
 */
export function serializeRequest(req: SerializedRequest): SerializedRequest {
  // Anonymous-reporting routes have fixed paths (no ids); the portal's route pattern would hide which one.
  if (req.raw?.[ANONYMOUS]) return { id: req.id, method: req.method, url: req.url?.split('?')[0] };
  const url = req.raw?.[ROUTE] ?? '(unmatched)';
  const { query: _query, headers, ...rest } = req;
  const queryNames = [...new URLSearchParams(req.url?.split('?')[1] ?? '').keys()];
  return {
    ...rest,
    url,
    ...(queryNames.length ? { queryNames: [...new Set(queryNames)] } : {}),
    ...(headers && typeof headers === 'object'
      ? { headers: Object.fromEntries(Object.entries(headers as Record<string, unknown>).filter(([name]) => !URL_HEADERS.includes(name))) }
      : {}),
  };
}
