import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { Params } from 'nestjs-pino';
import { CORRELATION_HEADER, correlationIdFor } from './correlation.js';

/** Fastify with our correlation ids: the caller's when safe, else a fresh one. */
export function createFastifyAdapter(): FastifyAdapter {
  return new FastifyAdapter({ genReqId: correlationIdFor, requestIdHeader: false, bodyLimit: 1_048_576, trustProxy: true });
}

/** Echoes the correlation id on every response, errors included. */
export function echoCorrelationId(adapter: FastifyAdapter): void {
  adapter.getInstance().addHook('onSend', async (request, reply) => {
    reply.header(CORRELATION_HEADER, request.id);
  });
}

/** JSON request logs keyed by correlation id, credentials redacted. */
export function httpLoggerOptions(service: string, level: string): Params {
  return {
    pinoHttp: {
      level,
      genReqId: (req) => (req as { id?: string }).id ?? correlationIdFor(req),
      customAttributeKeys: { reqId: 'correlationId' },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      base: { service },
    },
  };
}
