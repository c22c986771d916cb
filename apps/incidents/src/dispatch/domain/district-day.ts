import { localDate } from '#consent';

/** Assignment dates are district-local days, so an instant is turned into the district's calendar day (its time zone) first. */
export function districtDay(at: Date, timeZone: string): string {
  return localDate(at, timeZone);
}
