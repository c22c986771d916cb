import type { EntityManager } from 'typeorm';
import type { DisclosureRecord } from '../domain/chain.js';

export interface DisclosureRow {
  seq: number;
  id: string;
  entry: DisclosureRecord;
  prevHash: string;
  hash: string;
}

/**
 * A student's record of disclosures after position `after`, oldest first. Entries that name a
 * psychotherapy note are never shown (R3, R10, issue 14). libs/consent no longer writes any; this
 * hides those written before, which stay in the chain for verification.
 */
export async function disclosureEntries(em: EntityManager, studentId: string, after: number, limit: number): Promise<DisclosureRow[]> {
  const rows = (await em.query(
    `SELECT seq, id, entry, prev_hash, hash FROM disclosure
      WHERE student_id = $1 AND seq > $2 AND entry->>'recordType' <> 'clinical-note' AND NOT (entry->'classes' ? 'PSY-NOTE')
      ORDER BY seq LIMIT $3`,
    [studentId, after, limit],
  )) as { seq: string; id: string; entry: DisclosureRecord; prev_hash: string; hash: string }[];
  return rows.map((r) => ({ seq: Number(r.seq), id: r.id, entry: r.entry, prevHash: r.prev_hash, hash: r.hash }));
}
