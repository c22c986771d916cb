import pg from 'pg';
import { ChainVerifier, type ChainBreak, type DisclosureRecord } from '../domain/chain.js';

const PAGE = 1000;

export interface VerifyReport {
  checked: number;
  breaks: ChainBreak[];
}

/**
 * Walks the whole record of disclosures in seq order and checks every link (R7). Plain pg, so the
 * verify command runs without the service; reads in pages, so the log may be large.
 */
export async function verifyDisclosureLog(client: pg.ClientBase, schema: string): Promise<VerifyReport> {
  const table = (name: string) => `"${schema.replace(/"/g, '""')}".${name}`;
  const verifier = new ChainVerifier();
  let after = 0;
  for (;;) {
    const { rows } = await client.query<{ seq: string; id: string; student_id: string; disclosed_at: Date; exempt: boolean; entry: DisclosureRecord; prev_hash: string; hash: string }>(
      `SELECT seq, id, student_id, disclosed_at, exempt, entry, prev_hash, hash FROM ${table('disclosure')} WHERE seq > $1 ORDER BY seq LIMIT ${PAGE}`,
      [after],
    );
    for (const r of rows) {
      verifier.check({ seq: Number(r.seq), id: r.id, studentId: r.student_id, disclosedAt: r.disclosed_at.toISOString(), exempt: r.exempt, entry: r.entry, prevHash: r.prev_hash, hash: r.hash });
    }
    if (rows.length < PAGE) break;
    after = Number(rows[rows.length - 1].seq);
  }
  const { rows: heads } = await client.query<{ seq: string; head_hash: string }>(`SELECT seq, head_hash FROM ${table('disclosure_chain')} WHERE id = 1`);
  if (!heads[0]) return { checked: verifier.checked, breaks: [...verifier.breaks, { seq: 0, problem: 'the chain head row is missing' }] };
  return { checked: verifier.checked, breaks: verifier.finish({ seq: Number(heads[0].seq), headHash: heads[0].head_hash }) };
}
