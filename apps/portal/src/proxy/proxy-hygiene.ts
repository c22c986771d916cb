import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { CORRELATION_HEADER, Problem, sendProblem } from '#platform';

/** Largest body the portal forwards: the services' own limit, answered here before any byte is sent on. */
export const PORTAL_BODY_LIMIT = 1_048_576;

/** The decoded, dot-segment-free path, so `%6Detrics` or `a/../metrics` cannot slip past a check. */
function normalizedPath(url: string): string {
  const path = url.split('?')[0];
  try {
    return new URL(decodeURIComponent(path), 'http://portal.invalid').pathname;
  } catch {
    return path;
  }
}

/** `/api/<service>/metrics`: Prometheus scrapes the services directly, never through the public proxy. */
export function isProxiedMetrics(url: string): boolean {
  return /^\/api\/[^/]+\/metrics(\/|$)/.test(normalizedPath(url));
}

/**
 * Refusals the proxy must make itself, as problem+json: metrics stay off the public front door, and
 * a body over the limit is refused before it is streamed on (the service would close the connection
 * half way and the portal answer a 500 "write EPIPE").
 */
export function guardProxy(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (isProxiedMetrics(request.url)) {
      return sendProblem(request, reply, new Problem(404, 'ROUTE.NOT_FOUND', 'No such route'));
    }
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > PORTAL_BODY_LIMIT) {
      return sendProblem(request, reply, new Problem(413, 'REQUEST.TOO_LARGE', `Request bodies are limited to ${PORTAL_BODY_LIMIT} bytes`));
    }
    return undefined;
  });
}

/**
 * Headers sent upstream: the portal's correlation id, and no `Expect` (Node has already answered
 * 100-continue to the caller; the upstream client refuses the header and the proxy answered a 500).
 */
export function upstreamHeaders(request: { id: string }, headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const { expect: _expect, ...rest } = headers;
  return { ...rest, [CORRELATION_HEADER]: String(request.id) };
}

/** An upstream failure as problem+json naming no internals (no error codes, hosts or stack). */
export function answerUpstreamError(reply: unknown, { error }: { error: Error }): void {
  const fastifyReply = reply as FastifyReply;
  const timeout = (error as { statusCode?: number }).statusCode === 504;
  const problem = timeout
    ? new Problem(504, 'PORTAL.UPSTREAM_TIMEOUT', 'The service did not answer in time')
    : new Problem(502, 'PORTAL.UPSTREAM_UNAVAILABLE', 'The service could not be reached or closed the connection');
  void sendProblem(fastifyReply.request, fastifyReply, problem);
}
