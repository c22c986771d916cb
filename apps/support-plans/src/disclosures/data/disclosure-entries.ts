import type { EntityManager } from 'typeorm';
import type { DisclosureRecord } from '../domain/chain.js';

export interface DisclosureRow {
  /** Null until sealed into the chain (moments after the disclosure commits). */
  seq: number | null;
  id: string;
  entry: DisclosureRecord;
  prevHash: string | null;
  hash: string | null;
}

/**
 * A student's record of disclosures after position `after`, oldest first: the sealed entries in
 * chain order, then those not sealed yet in insert order (the order the sealer will chain them),
 * so a page that reaches the end of the chain shows every disclosure. Entries that name a
 * psychotherapy note are never shown (R3, R10, issue 14). libs/consent no longer writes any; this
 * hides those written before, which stay in the chain for verification.
 */
export async function disclosureEntries(em: EntityManager, studentId: string, after: number, limit: number): Promise<DisclosureRow[]> {
  const shown = `student_id = $1 AND entry->>'recordType' <> 'clinical-note' AND NOT (entry->'classes' ? 'PSY-NOTE')`;
  const rows = (await em.query(
    `(SELECT seq, id, entry, prev_hash, hash, pos FROM disclosure WHERE ${shown} AND seq > $2 ORDER BY seq LIMIT $3)
     UNION ALL
     (SELECT seq, id, entry, prev_hash, hash, pos FROM disclosure WHERE ${shown} AND seq IS NULL ORDER BY pos LIMIT $3)
     ORDER BY seq NULLS LAST, pos LIMIT $3`,
    [studentId, after, limit],
  )) as { seq: string | null; id: string; entry: DisclosureRecord; prev_hash: string | null; hash: string | null }[];
  return rows.map((r) => ({ seq: r.seq === null ? null : Number(r.seq), id: r.id, entry: r.entry, prevHash: r.prev_hash, hash: r.hash }));
}
