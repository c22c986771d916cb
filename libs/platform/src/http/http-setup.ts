import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { forgetAnonymousCallers, serializeRequest } from './anonymous-reporting.js';
import { serializeError } from './safe-error.js';
import { CORRELATION_HEADER, correlationIdFor } from './correlation.js';
import { clientErrorProblem, problemBody, sendProblem, toProblem } from '../errors/problem-details.filter.js';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem.js';

export { ANONYMOUS_REPORTING, AnonymousReporting, forgetAnonymousCallers, isAnonymousRequest } from './anonymous-reporting.js';

/** Fastify with our correlation ids: the caller's when safe (never on anonymous-reporting routes), else a fresh one. */
export function createFastifyAdapter(): FastifyAdapter {
  const adapter = new FastifyAdapter({
    genReqId: correlationIdFor,
    requestIdHeader: false,
    bodyLimit: 1_048_576,
    trustProxy: true,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  });
  forgetAnonymousCallers(adapter);
  return adapter;
}

/** The router's own refusals (bad URL encoding, a path parameter over 100 characters), before any hook runs. */
function answerFrameworkError(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  void sendProblem(request, reply, toProblem(error));
}

/** Node's HTTP parser refused the request (headers too large, bad framing): no request exists yet. */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const problem = clientErrorProblem(error);
    const correlationId = randomUUID();
    const body = JSON.stringify(problemBody(problem, '/', correlationId));
    socket.write(
      `HTTP/1.1 ${problem.status} ${problemBody(problem, '/', correlationId).title}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `${CORRELATION_HEADER}: ${correlationId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Echoes the correlation id on every response, errors included. */
export function echoCorrelationId(adapter: FastifyAdapter): void {
  adapter.getInstance().addHook('onSend', async (request, reply) => {
    reply.header(CORRELATION_HEADER, request.id);
  });
}

/**
 * JSON request logs keyed by correlation id, credentials redacted, nothing of the caller on
 * anonymous-reporting routes. `destination` defaults to stdout; tests pass a stream to read them.
 */
export function httpLoggerOptions(service: string, level: string, destination?: DestinationStream): Params {
  const options = {
    level,
    genReqId: (req: Parameters<typeof correlationIdFor>[0]) => (req as { id?: string }).id ?? correlationIdFor(req),
    customAttributeKeys: { reqId: 'correlationId' },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    serializers: { req: serializeRequest, err: serializeError },
    base: { service },
  };
  // nestjs-pino's default route pattern ('{/*splat}') matches nothing under our Fastify adapter,
  // so without this no request was ever logged; '*' is what the platform's own middleware uses.
  return { pinoHttp: destination ? [options, destination] : options, forRoutes: ['*'] };
}
