import { createHash } from 'node:crypto';
import type { DisclosureEntry, RecipientRole, Unit } from '#consent';

/**
 * The hash chain of the record of disclosures (R7). Each entry's hash covers its position, its
 * content and the previous entry's hash, so changing, removing or reordering any entry breaks
 * every hash after it. Kept free of Nest and TypeORM: the verify command uses it too.
 */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * One disclosure as stored: libs/consent's DisclosureEntry, plus the record and the channel. A
 * projection onto a topic is disclosed to a whole unit, so its recipient has no role.
 */
export type DisclosureRecord = Omit<DisclosureEntry, 'toWhom'> & {
  toWhom: { id: string; role?: RecipientRole; unit: Unit };
  recordId: string | null;
  /** `api`: a gated REST read; `event`: a projection written to a topic another unit reads. */
  channel: 'api' | 'event' | 'referral';
};

/** JSON with keys sorted at every level: the same value always hashes the same, whatever jsonb did to key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function entryHash(prevHash: string, seq: number, id: string, entry: DisclosureRecord): string {
  return createHash('sha256').update(`${prevHash}\n${seq}\n${id}\n${canonicalJson(entry)}`).digest('hex');
}

/** The chain's end: the last sealed entry's position and hash (0 and GENESIS_HASH before the first). */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** An entry appended but not sealed yet: no place in the chain so far. */
export interface UnsealedEntry {
  id: string;
  entry: DisclosureRecord;
}

export interface SealedLink {
  id: string;
  seq: number;
  prevHash: string;
  hash: string;
}

/**
 * Links unsealed entries onto the chain after `head`, in the order given (the sealer passes them
 * in insert order): consecutive positions, each entry's prev_hash the hash before it. Returns the
 * links and the new head; the sealer writes both in one transaction, under the head lock.
 */
export function sealBatch(head: ChainHead, entries: readonly UnsealedEntry[]): { links: SealedLink[]; head: ChainHead } {
  const links: SealedLink[] = [];
  let { seq, hash: prevHash } = head;
  for (const e of entries) {
    seq++;
    const hash = entryHash(prevHash, seq, e.id, e.entry);
    links.push({ id: e.id, seq, prevHash, hash });
    prevHash = hash;
  }
  return { links, head: { seq, hash: prevHash } };
}

/** A stored row, as the verifier reads it. */
export interface ChainRow {
  seq: number;
  id: string;
  studentId: string;
  disclosedAt: string;
  exempt: boolean;
  entry: DisclosureRecord;
  prevHash: string;
  hash: string;
}

export interface ChainBreak {
  seq: number;
  problem: string;
}

/**
 * Checks rows (in seq order, in as many calls as needed) against the chain. Reports every break,
 * not only the first, so an auditor sees the extent of a tampering.
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  readonly breaks: ChainBreak[] = [];
  checked = 0;

  check(row: ChainRow): void {
    const fail = (problem: string) => this.breaks.push({ seq: row.seq, problem });
    if (row.seq !== this.expectedSeq) fail(`expected entry ${this.expectedSeq} next, found ${row.seq} (entries missing or reordered)`);
    if (row.prevHash !== this.prevHash) fail('prev_hash does not match the previous entry');
    if (entryHash(row.prevHash, row.seq, row.id, row.entry) !== row.hash) fail('content does not match its hash (entry changed)');
    if (row.studentId !== row.entry.studentId) fail('student_id column differs from the hashed entry');
    if (new Date(row.disclosedAt).getTime() !== new Date(row.entry.when).getTime()) fail('disclosed_at column differs from the hashed entry');
    if (row.exempt !== row.entry.exempt) fail('exempt column differs from the hashed entry');
    this.expectedSeq = row.seq + 1;
    this.prevHash = row.hash;
    this.checked++;
  }

  /** The head row must point at the last entry: otherwise entries were cut off the end. */
  finish(head: { seq: number; headHash: string }): ChainBreak[] {
    if (head.seq !== this.expectedSeq - 1 || head.headHash !== this.prevHash) {
      this.breaks.push({ seq: head.seq, problem: `chain head says ${head.seq} entries ending ${head.headHash.slice(0, 12)}, log has ${this.expectedSeq - 1} ending ${this.prevHash.slice(0, 12)}` });
    }
    return this.breaks;
  }
}
