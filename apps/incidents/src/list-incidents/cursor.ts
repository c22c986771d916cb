import { Problem } from '#platform';

/**
 * Keyset position after the last row of a page: its occurred_at (PostgreSQL text, microseconds kept,
 * so no row is skipped or repeated) and id. Opaque to clients: base64url JSON, checked on the way back.
 */
export interface Cursor {
  occurredAt: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.occurredAt, c.id])).toString('base64url');
}

export function decodeCursor(raw: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || !TIMESTAMP.test(String(parsed[0])) || !UUID.test(String(parsed[1]))) {
    const message = 'cursor must be a nextCursor returned by this endpoint';
    throw new Problem(400, 'REQUEST.VALIDATION_FAILED', message, { errors: [{ field: 'cursor', message }] });
  }
  return { occurredAt: parsed[0], id: parsed[1] };
}
