import pg from 'pg';
import { ChainVerifier, type ChainBreak, type DisclosureRecord } from '../domain/chain.js';

const PAGE = 1000;

export interface VerifyReport {
  checked: number;
  /** Entries appended but not sealed into the chain yet (sequenced chaining): disclosures, not breaks. */
  unsealed: number;
  breaks: (ChainBreak & { districtId: string })[];
  districts: number;
}

type Row = { seq: string; id: string; student_id: string; disclosed_at: Date; exempt: boolean; entry: DisclosureRecord; prev_hash: string; hash: string };

/**
 * Walks the record of disclosures of every district in seq order and checks every link (R7); each
 * district has its own chain and head. Entries not sealed yet have no link to check; they are
 * counted. Plain pg, so the verify command runs without the service;
 * it needs a role that reads every district (the owner in dev; in production an auditor role
 * with BYPASSRLS, since the owner is bound by the forced row-level security too). Reads in pages.
 */
export async function verifyDisclosureLog(client: pg.ClientBase, schema: string): Promise<VerifyReport> {
  const table = (name: string) => `"${schema.replace(/"/g, '""')}".${name}`;
  const { rows: districts } = await client.query<{ district_id: string }>(
    `SELECT district_id FROM ${table('disclosure_chain')} UNION SELECT DISTINCT district_id FROM ${table('disclosure')} ORDER BY 1`,
  );
  const report: VerifyReport = { checked: 0, unsealed: 0, breaks: [], districts: districts.length };
  for (const { district_id: districtId } of districts) {
    const { checked, breaks } = await verifyChain(client, table, districtId);
    report.checked += checked;
    report.unsealed += await countUnsealed(client, table, districtId);
    report.breaks.push(...breaks.map((b) => ({ ...b, districtId })));
  }
  return report;
}

async function verifyChain(client: pg.ClientBase, table: (name: string) => string, districtId: string): Promise<{ checked: number; breaks: ChainBreak[] }> {
  const verifier = new ChainVerifier();
  let after = 0;
  for (;;) {
    const { rows } = await client.query<Row>(
      `SELECT seq, id, student_id, disclosed_at, exempt, entry, prev_hash, hash FROM ${table('disclosure')} WHERE district_id = $1 AND seq > $2 ORDER BY seq LIMIT ${PAGE}`,
      [districtId, after],
    );
    for (const r of rows) {
      verifier.check({ seq: Number(r.seq), id: r.id, studentId: r.student_id, disclosedAt: r.disclosed_at.toISOString(), exempt: r.exempt, entry: r.entry, prevHash: r.prev_hash, hash: r.hash });
    }
    if (rows.length < PAGE) break;
    after = Number(rows[rows.length - 1].seq);
  }
  const { rows: heads } = await client.query<{ seq: string; head_hash: string }>(`SELECT seq, head_hash FROM ${table('disclosure_chain')} WHERE district_id = $1 AND id = 1`, [districtId]);
  if (!heads[0]) {
    // The first sealing creates the head: a district whose entries are all unsealed has no chain yet.
    if (verifier.checked === 0) return { checked: 0, breaks: verifier.breaks };
    return { checked: verifier.checked, breaks: [...verifier.breaks, { seq: 0, problem: 'the chain head row is missing' }] };
  }
  return { checked: verifier.checked, breaks: verifier.finish({ seq: Number(heads[0].seq), headHash: heads[0].head_hash }) };
}

async function countUnsealed(client: pg.ClientBase, table: (name: string) => string, districtId: string): Promise<number> {
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table('disclosure')} WHERE district_id = $1 AND seq IS NULL`, [districtId]);
  return rows[0].n;
}
