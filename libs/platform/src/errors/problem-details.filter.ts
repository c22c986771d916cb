import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CORRELATION_HEADER } from '../http/correlation.js';
import { databaseProblem } from './database-errors.js';
import { Problem, PROBLEM_CONTENT_TYPE, problemType, type ProblemBody } from './problem.js';
import { RETRY_AFTER_SECONDS, unavailableProblem } from './unavailable.js';

const FASTIFY_CLIENT_CODES: Record<number, string> = {
  400: 'REQUEST.MALFORMED',
  408: 'REQUEST.TIMEOUT',
  413: 'REQUEST.TOO_LARGE',
  414: 'REQUEST.URI_TOO_LONG',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  431: 'REQUEST.HEADERS_TOO_LARGE',
};

/** Fastify errors whose message repeats the caller's input (a URL): a fixed text instead. */
const FIXED_DETAIL: Record<string, string> = {
  FST_ERR_BAD_URL: 'The URL is not validly percent-encoded',
  FST_ERR_MAX_PARAM_LENGTH: 'A path parameter is longer than 100 characters',
};

/** Fastify's own client errors (bad JSON, wrong media type, body too large), possibly wrapped by Nest. */
function fastifyClientError(error: unknown): Problem | undefined {
  const candidate = error instanceof HttpException ? error.cause : error;
  const { code, statusCode, message } = (candidate ?? {}) as { code?: unknown; statusCode?: unknown; message?: string };
  if (typeof code !== 'string' || !code.startsWith('FST_') || typeof statusCode !== 'number' || statusCode >= 500) return undefined;
  const detail = FIXED_DETAIL[code] ?? message ?? 'Bad request';
  return new Problem(statusCode, FASTIFY_CLIENT_CODES[statusCode] ?? `REQUEST.HTTP_${statusCode}`, detail);
}

/** A Node client error (before Fastify has a request): header overflow, timeout, bad framing. */
export function clientErrorProblem(error: { code?: string }): Problem {
  if (error.code === 'HPE_HEADER_OVERFLOW') return new Problem(431, FASTIFY_CLIENT_CODES[431], 'The request line or headers are too large');
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return new Problem(408, FASTIFY_CLIENT_CODES[408], 'The request was not received in time');
  return new Problem(400, FASTIFY_CLIENT_CODES[400], 'The request is not valid HTTP');
}

/** The RFC 9457 body for a problem answered at `instance`. */
export function problemBody(problem: Problem, instance: string, correlationId: string): ProblemBody {
  return {
    type: problemType(problem.code),
    title: STATUS_CODES[problem.status] ?? 'Error',
    status: problem.status,
    detail: problem.detail,
    instance,
    code: problem.code,
    correlationId,
    ...problem.extensions,
  };
}

/** Maps whatever was thrown to a Problem; unknown errors become a 500 without internals. */
export function toProblem(error: unknown): Problem {
  if (error instanceof Problem) return error;
  const fastify = fastifyClientError(error);
  if (fastify) return fastify;
  if (error instanceof HttpException) return fromHttpException(error);
  // Before the data errors: a lost connection is the server's state, not the caller's mistake.
  const unavailable = unavailableProblem(error);
  if (unavailable) return unavailable;
  const database = databaseProblem(error);
  if (database) return database;
  return new Problem(500, 'INTERNAL.ERROR', 'An unexpected error occurred; quote the correlation id when reporting it.');
}

function fromHttpException(error: HttpException): Problem {
  const status = error.getStatus();
  const response = error.getResponse();
  const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  const detail = Array.isArray(message) ? message.join('; ') : String(message ?? error.message);
  const code =
    status === 401 ? 'AUTH.UNAUTHENTICATED'
    : status === 403 ? 'AUTH.FORBIDDEN'
    : status === 404 ? 'ROUTE.NOT_FOUND'
    : status === 405 ? 'ROUTE.METHOD_NOT_ALLOWED'
    : status === 400 ? 'REQUEST.INVALID'
    : status >= 500 ? 'INTERNAL.ERROR'
    : `HTTP.${status}`;
  return new Problem(status, code, status >= 500 ? 'An unexpected error occurred' : detail);
}

/** The path only: a query string may carry personal data or a caller's secrets into error bodies. */
export function instancePath(url: string | undefined): string {
  return (url ?? '/').split('?')[0];
}

/**
 * Answers a problem directly on a Fastify reply: for places the Nest exception layer does not
 * reach (router errors, proxied routes, hooks of plugins registered before Nest's error handler).
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem): FastifyReply {
  if (problem.status === 503) void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  return reply
    .status(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header(CORRELATION_HEADER, String(request.id))
    .send(problemBody(problem, instancePath(request.raw.url ?? request.url), String(request.id)));
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = toProblem(exception);
    // A 503 the code raised on purpose (not ready, database away) is expected while a dependency is
    // down; logging it as an unhandled error buried real ones during every start-up.
    if (problem.status === 503 && exception instanceof Problem) {
      this.logger.warn({ code: problem.code, correlationId: request.id }, problem.detail);
    } else if (problem.status >= 500) {
      this.logger.error({ err: exception, correlationId: request.id }, 'unhandled error');
    }
    void sendProblem(request, reply, problem);
  }
}
