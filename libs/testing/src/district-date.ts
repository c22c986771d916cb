import { DEFAULT_POLICY, localDate } from '#consent';

const DAY_MS = 86_400_000;

/**
 * Today (plus `offsetDays`) on the district's calendar. Tests that send calendar dates use it: the
 * UTC date runs a day ahead of the district every evening, and rules compare against the district's date.
 */
export function districtDate(offsetDays = 0, now = new Date()): string {
  return localDate(new Date(now.getTime() + offsetDays * DAY_MS), DEFAULT_POLICY.timeZone);
}
