import type { EntityManager } from 'typeorm';
import { REFERRAL_DISPOSITION_VALUES } from '#contracts';
import type { Counts } from '../domain/small-cells.js';

/**
 * One district's counts per month of its own calendar (`tz`), from `first` to `last` (YYYY-MM-DD,
 * inclusive). Run inside a transaction acting in that district: row-level security scopes every
 * table to it. Voided incidents (entered in error) and their records count nowhere. Only counts leave
 * this query: no id, campus, student or text.
 */
const SQL = `
  WITH live AS (
    SELECT id, occurred_at, dispatched_at, co_response FROM incident WHERE voided_at IS NULL
  ), facts AS (
    SELECT 'incidents' AS metric, occurred_at AS at FROM live
    UNION ALL
    SELECT 'coResponseDispatches', dispatched_at FROM live WHERE co_response AND dispatched_at IS NOT NULL
    UNION ALL
    SELECT 'useOfForce', f.used_at FROM incident_use_of_force f JOIN live i ON i.id = f.incident_id
    UNION ALL
    SELECT CASE WHEN d.disposition = 'arrest' THEN 'arrests' ELSE 'diversions' END, d.recorded_at
      FROM incident_disposition d JOIN live i ON i.id = d.incident_id
     WHERE d.disposition = 'arrest' OR d.disposition = ANY($4::text[])
  )
  SELECT metric, to_char(at AT TIME ZONE $1, 'YYYY-MM') AS month, count(*)::int AS n
    FROM facts
   WHERE (at AT TIME ZONE $1)::date BETWEEN $2::date AND $3::date
   GROUP BY 1, 2`;

export async function districtCounts(em: EntityManager, tz: string, first: string, last: string): Promise<Map<string, Partial<Counts<number>>>> {
  const rows = (await em.query(SQL, [tz, first, last, [...REFERRAL_DISPOSITION_VALUES]])) as { metric: keyof Counts<number>; month: string; n: number }[];
  const byMonth = new Map<string, Partial<Counts<number>>>();
  for (const r of rows) byMonth.set(r.month, { ...byMonth.get(r.month), [r.metric]: r.n });
  return byMonth;
}
