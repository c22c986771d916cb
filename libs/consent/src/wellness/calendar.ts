/** Date arithmetic on ISO strings and passed-in instants only (no clock reads, W12). */
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** Whole days from `from` to `to` (ISO dates, `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function addHours(at: Date, hours: number): Date {
  return new Date(at.getTime() + hours * HOUR_MS);
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

/** `2026-Q4` for any date or instant in October to December 2026 (UTC calendar). */
export function quarterOf(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(`${at.slice(0, 10)}T00:00:00Z`) : at;
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** W11: the first and last day (ISO dates) of the quarter an ISO date falls in. */
export function quarterBounds(day: string): { start: string; end: string } {
  const year = Number(day.slice(0, 4));
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const start = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const next = new Date(Date.UTC(year, q * 3 + 3, 1));
  const end = new Date(next.getTime() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return { start, end };
}

/** Every quarter touched by the closed range [from, to] (ISO dates), in order. */
export function quartersBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let year = Number(from.slice(0, 4));
  let q = Math.floor((Number(from.slice(5, 7)) - 1) / 3);
  const last = quarterOf(to);
  for (let guard = 0; guard < 400; guard++) {
    const label = `${year}-Q${q + 1}`;
    out.push(label);
    if (label === last) break;
    q = (q + 1) % 4;
    if (q === 0) year++;
  }
  return out;
}
