import { localDate } from '#consent';

/** Training days (issue, expiry, completion) are the district's calendar days, in the district's time zone. */

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetMs(instant: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  const n: Record<string, number> = {};
  for (const p of f.formatToParts(instant)) if (p.type !== 'literal') n[p.type] = Number(p.value);
  return Date.UTC(n.year, n.month - 1, n.day, n.hour, n.minute, n.second) - Math.floor(instant / 1000) * 1000;
}

/** The district calendar day of an instant (YYYY-MM-DD). */
export function districtDay(instant: Date, timeZone: string): string {
  return localDate(instant, timeZone);
}

/** The instant a district calendar day begins (local midnight), DST-aware. */
export function startOfDistrictDay(day: string, timeZone: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  const first = utcMidnight - offsetMs(utcMidnight, timeZone);
  return new Date(utcMidnight - offsetMs(first, timeZone));
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
