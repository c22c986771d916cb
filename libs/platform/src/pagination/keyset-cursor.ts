import { Problem } from '../errors/problem.js';

/**
 * The one keyset cursor of every list endpoint: the sort-key values of a page's last row, as a
 * base64url JSON array. Opaque to clients and checked value by value on the way back, so a forged
 * cursor is a 400 on the `cursor` field, never SQL.
 *
 * Timestamps travel as PostgreSQL text with microseconds (see keysetTimestamp): a JS Date keeps
 * milliseconds only, and a cursor cut to the millisecond skips or repeats rows.
 */
export type KeysetKind = 'timestamp' | 'date' | 'uuid' | 'text' | 'int';
export type KeysetValue = string | number;

const CHECKS: Record<KeysetKind, (v: unknown) => boolean> = {
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(v),
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  text: (v) => typeof v === 'string' && v.length <= 200,
  int: (v) => typeof v === 'number' && Number.isSafeInteger(v),
};

export const CURSOR_MESSAGE = 'cursor must be a nextCursor returned by this endpoint';

export function encodeCursor(values: readonly KeysetValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The cursor's values, checked against the list's sort-key kinds; anything else is a 400 problem. */
export function decodeCursor(raw: string, kinds: readonly KeysetKind[]): KeysetValue[] {
  let parsed: unknown;
  try {
    parsed = /^[A-Za-z0-9_-]{1,400}$/.test(raw) ? JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) : undefined;
  } catch {
    parsed = undefined;
  }
  const ok = Array.isArray(parsed) && parsed.length === kinds.length && kinds.every((k, i) => CHECKS[k](parsed[i]));
  if (!ok) throw new Problem(400, 'REQUEST.VALIDATION_FAILED', CURSOR_MESSAGE, { errors: [{ field: 'cursor', message: CURSOR_MESSAGE }] });
  return parsed as KeysetValue[];
}

/** SQL text of a timestamptz column with microseconds, in UTC: the cursor form of a timestamp key. */
export function keysetTimestamp(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/**
 * A page from rows fetched with LIMIT size + 1: the extra row only says that a next page exists.
 * `keyOf` gives the sort-key values of a row (the cursor points after the page's last row).
 */
export function toPage<R, T>(rows: readonly R[], size: number, keyOf: (row: R) => KeysetValue[], map: (row: R) => T): { items: T[]; nextCursor: string | null } {
  const page = rows.slice(0, size);
  const last = page[page.length - 1];
  return { items: page.map(map), nextCursor: rows.length > size && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
