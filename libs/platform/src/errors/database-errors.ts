import { Problem } from './problem.js';

/**
 * PostgreSQL SQLSTATEs that mean the request, not the server, was wrong. The database is the last
 * judge of integrity: a rule a DTO missed still ends as a 4xx with a code, never as a 500. The
 * detail names no table, column or constraint (those are internals).
 */
const BY_SQLSTATE: Record<string, [number, string, string]> = {
  '23505': [409, 'DATA.DUPLICATE', 'A record with the same unique values already exists'],
  '23P01': [409, 'DATA.CONFLICT', 'The record conflicts with an existing one (overlapping period)'],
  '23503': [422, 'DATA.REFERENCE_NOT_FOUND', 'The request refers to a record that does not exist'],
  '23514': [422, 'DATA.CONSTRAINT_VIOLATED', 'The combination of values is not allowed'],
  '23502': [422, 'DATA.REQUIRED_VALUE_MISSING', 'A required value is missing'],
  '40001': [409, 'DATA.CONCURRENT_UPDATE', 'A concurrent change conflicted with this one; retry the request'],
  '40P01': [409, 'DATA.CONCURRENT_UPDATE', 'A concurrent change conflicted with this one; retry the request'],
};

/** Class 22 (data exception): a value out of range, of the wrong form or too long for its column. */
const DATA_EXCEPTION: [number, string, string] = [422, 'DATA.INVALID_VALUE', 'A value is out of range or not of the expected form'];

/** The SQLSTATE of a pg error, possibly wrapped by TypeORM (QueryFailedError keeps it as driverError). */
function sqlState(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown }; severity?: unknown } | undefined;
  const code = candidate?.driverError?.code ?? (candidate?.severity ? candidate.code : undefined);
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** A Problem for a database error caused by the request's data, else undefined. */
export function databaseProblem(error: unknown): Problem | undefined {
  const state = sqlState(error);
  if (!state) return undefined;
  const mapped = BY_SQLSTATE[state] ?? (state.startsWith('22') ? DATA_EXCEPTION : undefined);
  return mapped ? new Problem(...mapped) : undefined;
}
