import type { EntityManager } from 'typeorm';
import { CERTIFICATION_WARNING_THRESHOLDS } from '#contracts';

/** 30, 60, 90: certifications and clinician licenses are warned at the same days before expiry. */
const WARNING_THRESHOLDS = [...CERTIFICATION_WARNING_THRESHOLDS].sort((a, b) => a - b);
export const WIDEST_WARNING = Math.max(...WARNING_THRESHOLDS);

/** Where one kind of expiring record keeps its warnings: one row per record and threshold reached. */
export type WarningTable = { table: 'certification_warning'; key: 'certification_id' } | { table: 'license_warning'; key: 'license_id' };

/**
 * Every threshold reached gets its row in one statement (unique, so a second run inserts none); per
 * record the tightest newly inserted one is returned, to be published, and wider ones reached at
 * the same time are marked superseded.
 */
export async function recordWarnings(
  em: EntityManager,
  { table, key }: WarningTable,
  day: string,
  expiring: readonly { id: string; days_remaining: number }[],
): Promise<Map<string, number>> {
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
  return tightest;
}
