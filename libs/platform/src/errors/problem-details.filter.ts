import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Problem, PROBLEM_CONTENT_TYPE, problemType, type ProblemBody } from './problem.js';

const FASTIFY_CLIENT_CODES: Record<number, string> = {
  400: 'REQUEST.MALFORMED',
  413: 'REQUEST.TOO_LARGE',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
};

/** Fastify's own client errors (bad JSON, wrong media type, body too large), possibly wrapped by Nest. */
function fastifyClientError(error: unknown): Problem | undefined {
  const candidate = error instanceof HttpException ? error.cause : error;
  const { code, statusCode, message } = (candidate ?? {}) as { code?: unknown; statusCode?: unknown; message?: string };
  if (typeof code !== 'string' || !code.startsWith('FST_') || typeof statusCode !== 'number' || statusCode >= 500) return undefined;
  return new Problem(statusCode, FASTIFY_CLIENT_CODES[statusCode] ?? `REQUEST.HTTP_${statusCode}`, message ?? 'Bad request');
}

/** Maps whatever was thrown to a Problem; unknown errors become a 500 without internals. */
export function toProblem(error: unknown): Problem {
  if (error instanceof Problem) return error;
  const fastify = fastifyClientError(error);
  if (fastify) return fastify;
  if (error instanceof HttpException) return fromHttpException(error);
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

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = toProblem(exception);
    if (problem.status >= 500) {
      this.logger.error({ err: exception, correlationId: request.id }, 'unhandled error');
    }
    const body: ProblemBody = {
      type: problemType(problem.code),
      title: STATUS_CODES[problem.status] ?? 'Error',
      status: problem.status,
      detail: problem.detail,
      instance: request.url,
      code: problem.code,
      correlationId: String(request.id),
      ...problem.extensions,
    };
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }
}
