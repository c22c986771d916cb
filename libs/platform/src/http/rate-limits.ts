import { createHmac, randomBytes } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { bearerToken } from '../auth/jwt-auth.guard.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import type { ServiceConfig } from '../config/service-config.js';
import { Problem } from '../errors/problem.js';
import { ANONYMOUS_REPORTING } from './anonymous-reporting.js';

/** Probes, scrapes and the API docs are never limited (the orchestrator and Prometheus poll them). */
const UNLIMITED = /^\/(health|metrics|docs)(\/|$|\?|-json)/;

const ANONYMOUS_ROUTE = 'anon:';
const SOURCE = 'src:';
const PRINCIPAL = 'sub:';

export interface RateLimits {
  /** Per principal (authenticated) or per source (no valid token), per window. 0: no limit. */
  max: number;
  /** Per source on @AnonymousReporting routes, per window. 0: no limit. */
  anonymousMax: number;
  windowMs: number;
}

export function rateLimitsFrom(config: ServiceConfig): RateLimits {
  return { max: config.RATE_LIMIT_MAX, anonymousMax: config.RATE_LIMIT_ANONYMOUS_MAX, windowMs: config.RATE_LIMIT_WINDOW_MS };
}

/**
 * Keys: the verified subject on authenticated routes; on anonymous-reporting routes the source
 * address, HMAC'd with a key that lives only in this process, so the limiter's memory holds no
 * address and nothing about a reporter reaches a log or a store.
 */
/**
 * A source address as a rate-limit key: HMAC'd under a secret that lives only in this process, so
 * the limiter's memory holds no address and the key means nothing outside it.
 */
export function sourceKeys(): (ip: string) => string {
  const secret = randomBytes(32);
  return (ip) => createHmac('sha256', secret).update(ip).digest('base64url');
}

/** The 429 every limiter answers (problem+json through the exception layer, Retry-After set). */
export function rateLimited(_request: FastifyRequest, context: { after: string }): Problem {
  return new Problem(429, 'RATE.LIMITED', `Too many requests; retry in ${context.after}`);
}

/** Counters only on the 429 itself (see useRateLimits). */
export const RATE_LIMIT_HEADERS_ON_SUCCESS = { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false };

function keyGenerator(verifier: TokenVerifier) {
  const source = sourceKeys();
  return async (request: FastifyRequest): Promise<string> => {
    if (request.routeOptions.config?.[ANONYMOUS_REPORTING]) return ANONYMOUS_ROUTE + source(request.ip);
    const token = bearerToken(request.headers.authorization);
    if (token) {
      // The guard reuses this principal instead of verifying the same token twice.
      request.principal = await verifier.verify(token).catch(() => undefined);
      if (request.principal) return PRINCIPAL + request.principal.sub;
    }
    return SOURCE + source(request.ip);
  };
}

/**
 * @fastify/rate-limit in every service: 429 problem+json (RATE.LIMITED) with Retry-After and the
 * RateLimit headers. Counters are in process memory. Call before `app.init()`.
 */
export async function useRateLimits(app: NestFastifyApplication, limits: RateLimits, verifier: TokenVerifier): Promise<void> {
  const maxFor = (key: string) => (key.startsWith(ANONYMOUS_ROUTE) ? limits.anonymousMax : limits.max);
  await app.register(rateLimit as never, {
    global: true,
    hook: 'onRequest',
    timeWindow: limits.windowMs,
    keyGenerator: keyGenerator(verifier),
    max: (_request: FastifyRequest, key: string) => maxFor(key),
    allowList: (request: FastifyRequest, key: string) => UNLIMITED.test(request.url) || maxFor(key) === 0,
    // Counters only on the 429 itself: a per-request "remaining" would make two otherwise identical
    // answers differ (R10: a denial must look exactly like a missing record).
    addHeadersOnExceeding: RATE_LIMIT_HEADERS_ON_SUCCESS,
    errorResponseBuilder: rateLimited,
  });
}
