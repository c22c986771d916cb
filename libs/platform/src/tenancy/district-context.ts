import { RequestContext } from '../http/request-context.js';

/**
 * The district the current request or event acts in. Set from the verified principal (never from
 * a request body) or from an event's `ce_districtid`; read by the one place that hands out
 * database connections (district-session.ts), which scopes every query to it under row-level security.
 */
export function currentDistrictId(): string | undefined {
  return RequestContext.current()?.districtId;
}

/** Runs `fn` acting in `districtId`, keeping the current trace (jobs that walk every district). */
export function runInDistrict<T>(districtId: string, fn: () => T): T {
  const trace = RequestContext.current();
  return RequestContext.run({ correlationId: trace?.correlationId ?? `district:${districtId}`, causationId: trace?.causationId, districtId }, fn);
}
