import { localDate } from '#consent';
import { DEFAULT_DISTRICT_TIME_ZONE } from '#platform';

const DAY_MS = 86_400_000;

/**
 * Today (plus `offsetDays`) on the district's calendar (the default district's unless `timeZone` names another). Tests that send calendar dates use it: the
 * UTC date runs a day ahead of the district every evening, and rules compare against the district's date.
 * The offset is added to the calendar date, not to the instant, so a 23- or 25-hour DST day cannot skip one.
 */
export function districtDate(offsetDays = 0, now = new Date(), timeZone = DEFAULT_DISTRICT_TIME_ZONE): string {
  const today = localDate(now, timeZone);
  return new Date(Date.parse(`${today}T00:00:00Z`) + offsetDays * DAY_MS).toISOString().slice(0, 10);
}
