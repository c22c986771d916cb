import type { EntityManager } from 'typeorm';
import { CERTIFICATION_WARNING_THRESHOLDS, type EventDefinition } from '#contracts';
import type { Outbox } from '#messaging';
import { addInChunks } from './outbox-chunks.js';

/** 30, 60, 90: certifications and clinician licenses are warned at the same days before expiry. */
const WARNING_THRESHOLDS = [...CERTIFICATION_WARNING_THRESHOLDS].sort((a, b) => a - b);
export const WIDEST_WARNING = Math.max(...WARNING_THRESHOLDS);

/** Where one kind of expiring record keeps its warnings: one row per record and threshold reached. */
export type WarningTable = { table: 'certification_warning'; key: 'certification_id' } | { table: 'license_warning'; key: 'license_id' };

/** A record within the widest threshold of its expiry on the day judged. */
export interface ExpiringRow {
  id: string;
  days_remaining: number;
}

/**
 * Every threshold reached gets its row in one statement (unique, so a second run inserts none); per
 * record the tightest newly inserted one is published, and wider ones reached at the same time are
 * marked superseded. Returns how many warnings were published.
 */
export async function publishWarnings<R extends ExpiringRow, T>(
  em: EntityManager,
  outbox: Outbox,
  { table, key }: WarningTable,
  day: string,
  expiring: readonly R[],
  event: EventDefinition<T>,
  toEvent: (row: R, thresholdDays: number) => T,
): Promise<number> {
  if (expiring.length === 0) return 0;
  const inserted: { id: string; threshold_days: number }[] = await em.query(
    `INSERT INTO ${table} (${key}, threshold_days, as_of, superseded)
     SELECT r.id, t.threshold, $2::date, false
       FROM unnest($1::uuid[], $3::int[]) AS r(id, days) JOIN unnest($4::int[]) AS t(threshold) ON r.days <= t.threshold
      ORDER BY r.id, t.threshold
     ON CONFLICT DO NOTHING RETURNING ${key} AS id, threshold_days`,
    [expiring.map((r) => r.id), day, expiring.map((r) => r.days_remaining), WARNING_THRESHOLDS],
  );
  const tightest = new Map<string, number>();
  for (const w of inserted) tightest.set(w.id, Math.min(w.threshold_days, tightest.get(w.id) ?? Infinity));
  const superseded = inserted.filter((w) => w.threshold_days !== tightest.get(w.id));
  if (superseded.length) {
    await em.query(
      `UPDATE ${table} w SET superseded = true FROM unnest($1::uuid[], $2::int[]) AS s(id, threshold)
        WHERE w.${key} = s.id AND w.threshold_days = s.threshold`,
      [superseded.map((w) => w.id), superseded.map((w) => w.threshold_days)],
    );
  }
  const warnings = expiring.filter((r) => tightest.has(r.id)).map((r) => toEvent(r, tightest.get(r.id)!));
  await addInChunks(outbox, em, event, warnings);
  return warnings.length;
}
