import type pg from 'pg';

export interface OutboxRow {
  id: string;
  topic: string;
  key: string;
  headers: Record<string, string>;
  /** The jsonb as text: published as it is, never parsed and serialised again. */
  payload: string;
  created_at: Date;
}

export interface ClaimStep {
  /** Rows published and acknowledged by every partition they went to: marked sent in this step. */
  mark: readonly OutboxRow[];
  /** Claim the next batch, skipping these rows (in flight, not yet marked); undefined = mark only. */
  skip?: readonly OutboxRow[];
  limit: number;
}

/** A bigint for inlining into SQL: digits only, or it throws. */
export function bigint(value: string): string {
  if (!/^-?\d{1,20}$/.test(value)) throw new Error(`not a bigint: ${value}`);
  return value;
}

const ids = (rows: readonly OutboxRow[]) => `'{${rows.map((r) => bigint(r.id)).join(',')}}'::bigint[]`;

/**
 * One round trip, one transaction: mark the acknowledged rows sent, check that our session still
 * holds the relay's advisory lock (the fence; a bigint key is split over classid and objid), and
 * read the next batch in id order. Only bigints and an integer are inlined, so it runs as one
 * simple-protocol query. Without planner statistics (a fresh table) Postgres would sort the whole
 * backlog for the LIMIT; enable_sort off keeps it on the partial index in id order. The commit only
 * marks rows sent: if a crash loses it they go out again and inboxes drop the duplicates, so it
 * need not wait for the WAL flush (synchronous_commit off).
 */
export function claimSql(lockKey: string, step: ClaimStep): string {
  const parts = ['BEGIN', 'SET LOCAL enable_sort = off', 'SET LOCAL synchronous_commit = off'];
  if (step.mark.length > 0) parts.push(`UPDATE outbox SET sent_at = clock_timestamp(), attempts = attempts + 1 WHERE id = ANY(${ids(step.mark)})`);
  parts.push(`SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
    AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = ${bigint(lockKey)}::bigint) AS held`);
  if (step.skip) {
    const limit = Math.max(1, Math.floor(step.limit));
    parts.push(`SELECT id, topic, key, headers, payload::text AS payload, created_at FROM outbox
      WHERE sent_at IS NULL AND parked_at IS NULL${step.skip.length > 0 ? ` AND id <> ALL(${ids(step.skip)})` : ''}
      ORDER BY id LIMIT ${limit}`);
  }
  parts.push('COMMIT');
  return parts.join(';\n');
}

/** Runs a claim step; `rows` is undefined for a mark-only step. Leaves no transaction open. */
export async function runClaim(conn: pg.Client, lockKey: string, step: ClaimStep): Promise<{ held: boolean; rows?: OutboxRow[] }> {
  let results: pg.QueryResult[];
  try {
    results = (await conn.query(claimSql(lockKey, step))) as unknown as pg.QueryResult[];
  } catch (err) {
    // A failed statement skips the rest, COMMIT included: end the aborted transaction.
    await conn.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
  const selected = step.skip ? 1 : 0;
  const held = results[results.length - 2 - selected].rows[0]?.held === true;
  return { held, rows: step.skip ? (results[results.length - 2].rows as OutboxRow[]) : undefined };
}
