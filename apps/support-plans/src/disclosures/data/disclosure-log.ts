import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { entryHash, GENESIS_HASH, type DisclosureRecord } from '../domain/chain.js';

export class DisclosureOutsideTransactionError extends Error {
  override name = 'DisclosureOutsideTransactionError';
}

/**
 * Appends to the record of disclosures (R7) in the caller's transaction, so a disclosure and its
 * log entry commit or roll back together. The chain head is locked FOR UPDATE until that commit:
 * appends are serialized and every entry links to the one committed before it.
 */
@Injectable()
export class DisclosureLog {
  async append(em: EntityManager, record: DisclosureRecord): Promise<{ seq: number; id: string; hash: string }> {
    if (!em.queryRunner?.isTransactionActive) {
      throw new DisclosureOutsideTransactionError('log a disclosure inside the transaction that discloses');
    }
    // What is hashed is exactly what jsonb will give back (no undefined, no Date objects).
    const entry = JSON.parse(JSON.stringify(record)) as DisclosureRecord;
    const head = await this.lockHead(em);
    const seq = Number(head.seq) + 1;
    const id = randomUUID();
    const hash = entryHash(head.head_hash, seq, id, entry);
    // The entry and the new chain head in one statement: one round trip less while the head is locked.
    await em.query(
      `WITH entry AS (INSERT INTO disclosure (seq, id, student_id, disclosed_at, exempt, entry, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8))
       UPDATE disclosure_chain SET seq = $1, head_hash = $8 WHERE id = 1`,
      [seq, id, entry.studentId, entry.when, entry.exempt, JSON.stringify(entry), head.head_hash, hash],
    );
    return { seq, id, hash };
  }

  /**
   * The district's chain head, locked. Each district has its own chain (row-level security); a
   * district's first disclosure starts it at the genesis hash. Should a head be deleted while
   * entries remain, the restarted chain collides with entry 1's key and the append fails.
   */
  private async lockHead(em: EntityManager): Promise<{ seq: string; head_hash: string }> {
    const select = `SELECT seq, head_hash FROM disclosure_chain WHERE id = 1 FOR UPDATE`;
    const [head] = (await em.query(select)) as { seq: string; head_hash: string }[];
    if (head) return head;
    await em.query(`INSERT INTO disclosure_chain (id, seq, head_hash) VALUES (1, 0, $1) ON CONFLICT DO NOTHING`, [GENESIS_HASH]);
    return ((await em.query(select)) as { seq: string; head_hash: string }[])[0];
  }
}
