import type { DataSource, EntityManager } from 'typeorm';
import { GENESIS_HASH, sealBatch, type ChainHead, type DisclosureRecord } from '../domain/chain.js';

/** Entries linked per transaction: the head stays locked for one batch at a time. */
export const SEAL_BATCH = 500;

/**
 * Links the current district's committed, unsealed disclosures into its hash chain, oldest
 * insert first, one transaction per batch under the chain head's lock (FOR UPDATE): two sealers
 * (two replicas) take turns, and the second reads what the first left unsealed after it
 * committed, so positions never fork (and `(district_id, seq)` is unique besides). Entries whose
 * transaction has not committed are invisible here and wait for the next round. Returns how many
 * were sealed.
 */
export async function sealDisclosures(dataSource: DataSource, batch = SEAL_BATCH): Promise<number> {
  // Cheap and lock-free when there is nothing to do (the periodic sweep asks every district).
  const [pending] = (await dataSource.query(`SELECT 1 FROM disclosure WHERE seq IS NULL LIMIT 1`)) as unknown[];
  if (!pending) return 0;
  let sealed = 0;
  for (;;) {
    const n = await dataSource.transaction((em) => sealOneBatch(em, batch));
    sealed += n;
    if (n < batch) return sealed;
  }
}

async function sealOneBatch(em: EntityManager, batch: number): Promise<number> {
  const head = await lockHead(em);
  // Read after the lock is held: a statement sees what a sealer before us committed.
  const rows = (await em.query(`SELECT id, entry FROM disclosure WHERE seq IS NULL ORDER BY pos LIMIT $1`, [batch])) as { id: string; entry: DisclosureRecord }[];
  if (rows.length === 0) return 0;
  const { links, head: next } = sealBatch(head, rows);
  await em.query(
    `UPDATE disclosure d SET seq = l.seq, prev_hash = l.prev_hash, hash = l.hash
       FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[]) AS l (id, seq, prev_hash, hash)
      WHERE d.id = l.id AND d.seq IS NULL`,
    [links.map((l) => l.id), links.map((l) => l.seq), links.map((l) => l.prevHash), links.map((l) => l.hash)],
  );
  await em.query(`UPDATE disclosure_chain SET seq = $1, head_hash = $2 WHERE id = 1`, [next.seq, next.hash]);
  return links.length;
}

/**
 * The district's chain head, locked. Each district has its own chain (row-level security); a
 * district's first sealing starts it at the genesis hash. Should a head be deleted while entries
 * remain, the restarted chain collides with entry 1's key and sealing fails.
 */
async function lockHead(em: EntityManager): Promise<ChainHead> {
  const select = `SELECT seq, head_hash FROM disclosure_chain WHERE id = 1 FOR UPDATE`;
  let [head] = (await em.query(select)) as { seq: string; head_hash: string }[];
  if (!head) {
    await em.query(`INSERT INTO disclosure_chain (id, seq, head_hash) VALUES (1, 0, $1) ON CONFLICT DO NOTHING`, [GENESIS_HASH]);
    [head] = (await em.query(select)) as { seq: string; head_hash: string }[];
  }
  return { seq: Number(head.seq), hash: head.head_hash };
}
