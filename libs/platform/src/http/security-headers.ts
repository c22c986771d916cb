import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

/** One year, as browsers expect for a preload-grade policy. */
const HSTS = 'max-age=31536000; includeSubDomains';

/** Swagger UI's own static files carry no personal data and may be cached; everything else may not. */
function cacheable(url: string): boolean {
  return /^\/docs\/.+\.(js|css|png|html)$/.test(url.split('?')[0]);
}

/**
 * Helmet's headers on every response (nosniff, a same-origin frame policy, referrer and
 * cross-origin policies), HSTS only when the request came over TLS (directly or as the proxy's
 * X-Forwarded-Proto says), and `Cache-Control: no-store` on every API response: they carry
 * personal data that no browser or intermediary cache should keep. CSP is left to the HTML
 * pages' own defaults because Swagger UI runs inline scripts. Call before `app.init()`.
 */
export async function useSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  await app.register(helmet as never, { global: true, contentSecurityPolicy: false, hsts: false });
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    if (!cacheable(request.url) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
