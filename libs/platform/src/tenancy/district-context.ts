import { RequestContext } from '../http/request-context.js';

/**
 * The district the current request or event acts in. Set from the verified principal (never from
 * a request body) or from an event's `ce_districtid`; read by the one place that hands out
 * database connections (district-session.ts), which scopes every query to it under row-level security.
 */
export function currentDistrictId(): string | undefined {
  return RequestContext.current()?.districtId;
}

/**
 * Runs `fn` acting in `districtId`, keeping the current trace (jobs that walk every district), with
 * the district's time zone when the caller knows it (DistrictDirectory.run looks it up).
 */
export function runInDistrict<T>(districtId: string, fn: () => T, timeZone?: string): T {
  const trace = RequestContext.current();
  return RequestContext.run({ correlationId: trace?.correlationId ?? `district:${districtId}`, causationId: trace?.causationId, districtId, timeZone }, fn);
}

export class NoDistrictTimeZoneError extends Error {
  override name = 'NoDistrictTimeZoneError';
}

/**
 * The IANA time zone of the district the code acts in (its calendar: birthdays, compliance days,
 * schedules). Throws in a district this service has not learnt yet (a wrong calendar must not be
 * guessed), and outside any district unless the caller names a fallback (code that sees no
 * district's rows anyway, such as a test calling a service's internals directly).
 */
export function districtTimeZone(outsideAnyDistrict?: string): string {
  const trace = RequestContext.current();
  if (trace?.timeZone) return trace.timeZone;
  if (!trace?.districtId && outsideAnyDistrict) return outsideAnyDistrict;
  throw new NoDistrictTimeZoneError(`no time zone known for district ${trace?.districtId ?? '(none)'}`);
}
