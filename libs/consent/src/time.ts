/**
 * Time, always passed in. Every period here is half-open, [from, until): a consent that expires
 * at 10:00 is expired at 10:00, and a revocation at 10:00 denies a read at 10:00.
 */

export function within(now: Date, from: Date, until?: Date | null): boolean {
  const t = now.getTime();
  return from.getTime() <= t && (until == null || t < until.getTime());
}

/** True once `at` has come: revocations and ends are effective from their instant forward. */
export function reached(now: Date, at?: Date | null): boolean {
  return at != null && at.getTime() <= now.getTime();
}

export function isValidInstant(d: unknown): d is Date {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

const QUARTER_HOUR_MS = 15 * 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();

/**
 * The zone's UTC offset at an instant. Every zone's offsets and transitions fall on quarter hours,
 * so one lookup per quarter hour is exact; the memo keeps decide() in microseconds.
 */
function utcOffsetMs(instant: Date, timeZone: string): number {
  const quarter = Math.floor(instant.getTime() / QUARTER_HOUR_MS);
  let memo = offsets.get(timeZone);
  if (!memo) offsets.set(timeZone, (memo = new Map()));
  const known = memo.get(quarter);
  if (known !== undefined) return known;
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const at = quarter * QUARTER_HOUR_MS;
  const n: Record<string, number> = {};
  for (const p of f.formatToParts(at)) if (p.type !== 'literal') n[p.type] = Number(p.value);
  const offset = Date.UTC(n.year, n.month - 1, n.day, n.hour, n.minute) - at;
  if (memo.size > 4096) memo.clear();
  memo.set(quarter, offset);
  return offset;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an instant's local calendar date in a time zone. */
function localDayNumber(instant: Date, timeZone: string): number {
  return Math.floor((instant.getTime() + utcOffsetMs(instant, timeZone)) / DAY_MS);
}

/**
 * The calendar date (YYYY-MM-DD) of an instant in a time zone. Birthdays are local dates: a student
 * born 2008-05-01 in Texas turns 18 at local midnight, not at UTC midnight. (Intl is part of the
 * language: no clock, no I/O.)
 */
export function localDate(instant: Date, timeZone: string): string {
  return new Date(localDayNumber(instant, timeZone) * DAY_MS).toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const eighteenths = new Map<string, number>();

/**
 * The day number of the 18th birthday of a student born on `dateOfBirth` (YYYY-MM-DD), NaN if
 * malformed. Born on 29 February: 1 March of a common year (Date.UTC rolls the day over).
 */
function eighteenthBirthday(dateOfBirth: string): number {
  let day = eighteenths.get(dateOfBirth);
  if (day === undefined) {
    const m = ISO_DATE.exec(dateOfBirth);
    const month = m ? Number(m[2]) : 0;
    const date = m ? Number(m[3]) : 0;
    day = m && month >= 1 && month <= 12 && date >= 1 && date <= 31 ? Date.UTC(Number(m[1]) + 18, month - 1, date) / DAY_MS : Number.NaN;
    if (eighteenths.size > 65_536) eighteenths.clear();
    eighteenths.set(dateOfBirth, day);
  }
  return day;
}

/**
 * Whether a student born on `dateOfBirth` (YYYY-MM-DD) is 18 at `instant`, in the district's
 * calendar; undefined when the date of birth is unknown or malformed.
 */
export function isAdultAt(dateOfBirth: string | undefined, instant: Date, timeZone: string): boolean | undefined {
  if (!dateOfBirth || !isValidInstant(instant)) return undefined;
  const eighteenth = eighteenthBirthday(dateOfBirth);
  if (Number.isNaN(eighteenth)) return undefined;
  return localDayNumber(instant, timeZone) >= eighteenth;
}

/** The UTC day of an instant or ISO string (R12 truncation), or undefined when it is not a date. */
export function utcDay(value: unknown): string | undefined {
  const d = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return d && isValidInstant(d) ? d.toISOString().slice(0, 10) : undefined;
}
