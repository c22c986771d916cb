import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyAdapter } from '@nestjs/platform-fastify';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants.js';
import type { FastifyRequest } from 'fastify';

/** Fastify route-config key set by @AnonymousReporting(); read in a hook, before any middleware. */
export const ANONYMOUS_REPORTING = 'anonymousReporting';
const ANONYMOUS = Symbol('anonymousReporting');

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
 * request context already see the fresh id and the mark.
 */
export function forgetAnonymousCallers(adapter: FastifyAdapter): void {
  adapter.getInstance().addHook('onRequest', (request, _reply, done) => {
    if (isAnonymousRoute(request)) {
      request.id = randomUUID();
      (request.raw as IncomingMessage & { [ANONYMOUS]?: true })[ANONYMOUS] = true;
    }
    done();
  });
}

/** What pino-std-serializers makes of a request; `raw` is the Node request (not enumerable). */
export interface SerializedRequest {
  id?: unknown;
  method?: string;
  url?: string;
  raw?: IncomingMessage & { [ANONYMOUS]?: true };
  [field: string]: unknown;
}

/** pino request serializer: the usual fields, except on anonymous-reporting routes. */
export function serializeRequest(req: SerializedRequest): SerializedRequest {
  if (!req.raw?.[ANONYMOUS]) return req;
  return { id: req.id, method: req.method, url: req.url?.split('?')[0] };
}
