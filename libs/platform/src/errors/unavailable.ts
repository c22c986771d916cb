import { Problem } from './problem.js';

/** Seconds a client should wait before retrying a 503 (sent as Retry-After). */
export const RETRY_AFTER_SECONDS = 5;

/** SQLSTATE classes and codes that mean "the database is not there right now", not "your data is wrong". */
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[1-4])/; // connection exception, insufficient resources, shutdown / cannot connect now
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
/** pg and pg-pool report a lost or unobtainable connection with these messages and no code. */
const CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Cannot use a pool after calling end',
  'Connection is not established',
  'terminating connection',
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The error itself, what TypeORM wraps (driverError), its cause, and an AggregateError's parts. */
function* chain(error: unknown, depth = 0): Generator<ErrorLike> {
  if (!error || typeof error !== 'object' || depth > 4) return;
  const e = error as ErrorLike;
  yield e;
  yield* chain(e.driverError, depth + 1);
  yield* chain(e.cause, depth + 1);
  if (Array.isArray(e.errors)) for (const part of e.errors) yield* chain(part, depth + 1);
}

/** The database (or the network to it) is unavailable: retrying later will work. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || (/^[0-9A-Z]{5}$/.test(e.code) && UNAVAILABLE_SQLSTATE.test(e.code)))) return true;
    if (typeof e.message === 'string' && CONNECTION_MESSAGES.some((m) => (e.message as string).includes(m))) return true;
  }
  return false;
}

/** A transaction lost to a serialization failure or a deadlock: running it again will work. */
export function isTransactionConflict(error: unknown): boolean {
  for (const e of chain(error)) if (e.code === '40001' || e.code === '40P01') return true;
  return false;
}

/** 503 SERVICE.UNAVAILABLE for an unreachable database, else undefined. */
export function unavailableProblem(error: unknown): Problem | undefined {
  if (!isDatabaseUnavailable(error)) return undefined;
  return new Problem(503, 'SERVICE.UNAVAILABLE', `The service cannot reach its database right now; retry in ${RETRY_AFTER_SECONDS} seconds.`);
}
