import { canonicalJson, ChainVerifier, entryHash, GENESIS_HASH, sealBatch, type ChainRow, type DisclosureRecord } from './chain.js';

const entry = (n: number): DisclosureRecord => ({
  who: 'clinical',
  toWhom: { id: `officer-${n}`, role: 'officer', unit: 'police' },
  when: new Date(Date.UTC(2026, 2, 10, 15, n)).toISOString(),
  studentId: 'S1000001',
  recordType: 'referral',
  recordId: null,
  purpose: 'co-response',
  classes: ['EDU-CLIN'],
  fields: ['reason'],
  basis: { kind: 'consent', id: 'c-1' },
  bases: { 'EDU-CLIN': { kind: 'consent', id: 'c-1' } },
  exempt: false,
  ruleIds: ['R7'],
  channel: 'api',
});

function chain(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e = entry(seq);
    const hash = entryHash(prev, seq, `id-${seq}`, e);
    rows.push({ seq, id: `id-${seq}`, studentId: e.studentId, disclosedAt: e.when, exempt: e.exempt, entry: e, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

const verify = (rows: ChainRow[], head = { seq: rows.length, headHash: rows.at(-1)?.hash ?? GENESIS_HASH }) => {
  const v = new ChainVerifier();
  rows.forEach((r) => v.check(r));
  return v.finish(head);
};

describe('R7: the hash chain of the record of disclosures', () => {
  it('R7: hashes are independent of key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
    const e = entry(1);
    const reordered = Object.fromEntries(Object.entries(e).reverse()) as unknown as DisclosureRecord;
    expect(entryHash(GENESIS_HASH, 1, 'x', reordered)).toBe(entryHash(GENESIS_HASH, 1, 'x', e));
  });

  it('R7: an intact chain verifies', () => {
    expect(verify(chain(5))).toEqual([]);
    expect(verify([])).toEqual([]);
  });

  it('R7: a changed entry breaks its own hash and is reported at its position', () => {
    const rows = chain(5);
    rows[2].entry = { ...rows[2].entry, toWhom: { id: 'someone-else', unit: 'police' } };
    expect(verify(rows)).toEqual([{ seq: 3, problem: 'content does not match its hash (entry changed)' }]);
  });

  it('R7: a changed entry with a recomputed hash breaks the next link', () => {
    const rows = chain(5);
    rows[2].entry = { ...rows[2].entry, fields: [] };
    rows[2].hash = entryHash(rows[2].prevHash, 3, rows[2].id, rows[2].entry);
    expect(verify(rows, { seq: 5, headHash: rows[4].hash })).toEqual([{ seq: 4, problem: 'prev_hash does not match the previous entry' }]);
  });

  it('R7: a removed entry, a removed tail, and a column changed outside the hashed entry are reported', () => {
    const rows = chain(5);
    expect(verify([...rows.slice(0, 2), ...rows.slice(3)], { seq: 5, headHash: rows[4].hash }).map((b) => b.seq)).toEqual([4, 4]);
    expect(verify(rows.slice(0, 4), { seq: 5, headHash: rows[4].hash })[0].problem).toMatch(/chain head says 5 entries/);
    const moved = chain(3);
    moved[1].studentId = 'S9999999';
    expect(verify(moved)).toEqual([{ seq: 2, problem: 'student_id column differs from the hashed entry' }]);
  });
});

describe('R7 (issue 16): sealing entries into the chain', () => {
  const unsealed = (n: number, from = 1) => Array.from({ length: n }, (_, i) => ({ id: `id-${from + i}`, entry: entry(from + i) }));

  it('R7: links entries in the order given, consecutive positions from the head, each onto the hash before it', () => {
    const { links, head } = sealBatch({ seq: 0, hash: GENESIS_HASH }, unsealed(3));
    expect(links.map((l) => [l.id, l.seq])).toEqual([['id-1', 1], ['id-2', 2], ['id-3', 3]]);
    expect(links[0].prevHash).toBe(GENESIS_HASH);
    expect(links[1].prevHash).toBe(links[0].hash);
    expect(head).toEqual({ seq: 3, hash: links[2].hash });
  });

  it('R7: batches sealed one after another make the same chain as one batch, and it verifies', () => {
    const all = sealBatch({ seq: 0, hash: GENESIS_HASH }, unsealed(5));
    const first = sealBatch({ seq: 0, hash: GENESIS_HASH }, unsealed(2));
    const second = sealBatch(first.head, unsealed(3, 3));
    expect([...first.links, ...second.links]).toEqual(all.links);
    const rows: ChainRow[] = all.links.map((l, i) => {
      const e = entry(i + 1);
      return { seq: l.seq, id: l.id, studentId: e.studentId, disclosedAt: e.when, exempt: e.exempt, entry: e, prevHash: l.prevHash, hash: l.hash };
    });
    expect(verify(rows, { seq: all.head.seq, headHash: all.head.hash })).toEqual([]);
  });

  it('R7: an empty batch leaves the head as it was', () => {
    expect(sealBatch({ seq: 7, hash: 'abc' }, [])).toEqual({ links: [], head: { seq: 7, hash: 'abc' } });
  });
});
