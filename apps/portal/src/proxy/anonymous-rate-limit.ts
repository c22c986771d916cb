import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { RATE_LIMIT_HEADERS_ON_SUCCESS, rateLimited, sourceKeys } from '#platform';
import { isProxiedAnonymousRoute } from './anonymous-reporting-proxy.js';

export interface AnonymousRateLimit {
  /** Requests per source per window on the services' anonymous-reporting routes; 0: no limit. */
  max: number;
  windowMs: number;
}

/**
 * Per-source limit on anonymous reports (POST /api/incidents/tips), kept at the edge: the portal
 * forwards no caller address for them (R11), so behind it a service sees only the portal. The key
 * is an HMAC of the address under a per-process secret, in memory only and never logged. Register
 * before the proxies, so its hook reaches their routes.
 */
export async function limitAnonymousReports(app: NestFastifyApplication, limits: AnonymousRateLimit): Promise<void> {
  if (limits.max === 0) return;
  const source = sourceKeys();
  await app.register(rateLimit as never, {
    global: true,
    hook: 'onRequest',
    max: limits.max,
    timeWindow: limits.windowMs,
    keyGenerator: (request: FastifyRequest) => source(request.ip),
    allowList: (request: FastifyRequest) => !isProxiedAnonymousRoute(request),
    addHeadersOnExceeding: RATE_LIMIT_HEADERS_ON_SUCCESS,
    errorResponseBuilder: rateLimited,
  });
}
