import type { QueryRunner } from 'typeorm';
import { namedQuery } from '#platform';

/**
 * The one INSERT into the record of disclosures (R7), for one entry (DisclosureLog, in the
 * disclosing transaction) or many (DisclosureJournal's group commit). The entries travel as ONE
 * json array parameter, so the text is fixed and prepared once per pooled connection, and each
 * entry is stringified once. What jsonb stores (and the sealer hashes) is exactly what
 * JSON.stringify gave: no undefined, no Date objects. ORDER BY ord: insert order is the entries'
 * order, the order the sealer chains them in. Entries are unsealed; the sealer chains them later.
 */
const INSERT_DISCLOSURES_SQL = `INSERT INTO disclosure (id, student_id, disclosed_at, exempt, entry)
  SELECT gen_random_uuid(), e->>'studentId', (e->>'when')::timestamptz, (e->>'exempt')::boolean, e
    FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t (e, ord) ORDER BY ord
  RETURNING id`;

/** Inserts the entries (each the JSON.stringify of a DisclosureRecord) on the runner's connection; their ids, in order. */
export function insertDisclosures(runner: QueryRunner, entries: readonly string[]): Promise<{ id: string }[]> {
  return namedQuery<{ id: string }>(runner, 'support-plans.insert-disclosures', INSERT_DISCLOSURES_SQL, [`[${entries.join(',')}]`]);
}
