import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Problem } from '../errors/problem.js';

/** Deepest JSON nesting a request body may have; our deepest DTO needs 4. */
export const MAX_JSON_DEPTH = 32;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * True when the JSON text nests deeper than `max`. One linear pass over the bytes, stopping at the
 * first level too deep, so a 100,000-deep body costs microseconds instead of a recursive parse.
 */
export function jsonNestingExceeds(body: Buffer | string, max: number): boolean {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return false;
}

/** True when a string anywhere in a parsed value holds U+0000 (PostgreSQL text cannot store it). */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value === null || typeof value !== 'object' || depth > MAX_JSON_DEPTH) return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1));
}

/**
 * JSON bodies are checked for depth before they are parsed; then Fastify's own parser (with its
 * prototype-poisoning protection) runs as before. Must be called before `app.init()`.
 */
export function useBoundedJsonParser(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  const { bodyLimit, onProtoPoisoning, onConstructorPoisoning } = fastify.initialConfig;
  const parse = fastify.getDefaultJsonParser(onProtoPoisoning ?? 'error', onConstructorPoisoning ?? 'error');
  app.useBodyParser('application/json', { bodyLimit }, (req, body, done) => {
    if (jsonNestingExceeds(body, MAX_JSON_DEPTH)) {
      done(new Problem(400, 'REQUEST.TOO_DEEP', `JSON bodies may nest at most ${MAX_JSON_DEPTH} levels`), undefined);
      return;
    }
    parse(req as Parameters<typeof parse>[0], body.toString('utf8'), done);
  });
}

function nulIn(request: FastifyRequest): string | undefined {
  if (containsNul(request.params)) return 'path';
  if (containsNul(request.query)) return 'query';
  if (containsNul(request.body)) return 'body';
  return undefined;
}

/**
 * Refuses a NUL character in any path parameter, query value or body string before guards,
 * pipes or the database see it: PostgreSQL rejects it in text and would answer a 500.
 */
export function refuseNulCharacters(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request) => {
    const where = nulIn(request);
    if (where) throw new Problem(400, 'REQUEST.INVALID_CHARACTER', `The request ${where} contains a NUL character (U+0000), which is not accepted`);
  });
}
