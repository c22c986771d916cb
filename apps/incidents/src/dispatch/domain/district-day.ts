import { DEFAULT_POLICY, localDate } from '#consent';

/** Assignment dates are district-local days, so an instant is turned into the district's calendar day first. */
export function districtDay(at: Date): string {
  return localDate(at, DEFAULT_POLICY.timeZone);
}
