import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { FACTS_SQL } from '../apps/support-plans/src/consent-gate/data/facts-query.js';
import { fmt } from './support.js';

/**
 * The consent gate's database floor (issue 16: "how far each layer costs"): the statements of a
 * gated read issued by bare node-postgres (named prepared statements, no framework, no JSON
 * hydration), as the service's row-level-security role, on the data the consent-read benchmark
 * seeded. 10 connections, closed loop, variants alternated. What it shows: the share of a bare read's
 * throughput that the gate's own database work costs, before any Node-side cost of the service.
 */

export interface FloorVariant {
  name: string;
  perSecond: number;
}

export interface ConsentFloorResult {
  read: number;
  withFacts: number;
  withEntryPerRead: number;
  withEntryGrouped: number;
  /** Mean entries per group commit in the grouped variant. */
  groupSize: number;
}

const entry = (studentId: string) => ({ studentId, who: { id: 'officer-1', role: 'officer' }, toWhom: { id: 'police', unit: 'police' }, when: new Date().toISOString(), classes: ['EDU-CLIN'], basis: { kind: 'consent', consentId: randomUUID() }, recordType: 'support-plan', exempt: false, channel: 'api' });

const INSERT_ONE = `INSERT INTO disclosure (id, student_id, disclosed_at, exempt, entry) VALUES ($1, $2, now(), false, $3::jsonb)`;
const INSERT_MANY = `INSERT INTO disclosure (id, student_id, disclosed_at, exempt, entry)
  SELECT id, student_id, now(), false, entry FROM jsonb_to_recordset($1::jsonb) AS e(id uuid, student_id text, entry jsonb)`;

type Step = (c: pg.PoolClient, planId: string, studentId: string) => Promise<void>;

async function read(c: pg.PoolClient, planId: string): Promise<void> {
  await c.query({ name: 'floor-plan', text: 'SELECT * FROM support_plan WHERE id = $1', values: [planId] });
  await c.query({ name: 'floor-reviews', text: 'SELECT * FROM support_plan_review WHERE plan_id = $1 ORDER BY reviewed_at, id', values: [planId] });
}

const facts = (c: pg.PoolClient, studentId: string) => c.query({ name: 'floor-facts', text: FACTS_SQL, values: [studentId] });

/** Group commit, as a journal of entries would do it: one INSERT for whatever queued while the last one ran. */
function grouped(pool: pg.Pool): { add: (studentId: string) => Promise<void>; sizes: number[] } {
  let queue: { studentId: string; done: () => void; failed: (e: unknown) => void }[] = [];
  let busy = false;
  const sizes: number[] = [];
  const flush = async (): Promise<void> => {
    busy = true;
    while (queue.length) {
      const batch = queue;
      queue = [];
      sizes.push(batch.length);
      try {
        await pool.query(INSERT_MANY, [JSON.stringify(batch.map((b) => ({ id: randomUUID(), student_id: b.studentId, entry: entry(b.studentId) })))]);
        batch.forEach((b) => b.done());
      } catch (err) {
        batch.forEach((b) => b.failed(err));
      }
    }
    busy = false;
  };
  return {
    sizes,
    add: (studentId) =>
      new Promise<void>((done, failed) => {
        queue.push({ studentId, done, failed });
        if (!busy) void flush();
      }),
  };
}

async function loop(pool: pg.Pool, plans: { id: string; studentId: string }[], step: Step, ms: number): Promise<number> {
  let n = 0;
  const end = Date.now() + ms;
  await Promise.all(
    Array.from({ length: 10 }, async (_, w) => {
      const c = await pool.connect();
      try {
        for (let i = w; Date.now() < end; i += 10) {
          const p = plans[i % plans.length];
          await step(c, p.id, p.studentId);
          n++;
        }
      } finally {
        c.release();
      }
    }),
  );
  return n / (ms / 1000);
}

export async function runConsentFloor(url: string, schema: string, roundMs = 2_000): Promise<ConsentFloorResult> {
  const app = new URL(url);
  app.username = 'district_app'; // the services' role: row-level security applies as in production
  const options = `-c search_path=${schema} -c app.district_id=dev`;
  const pool = new pg.Pool({ connectionString: app.toString(), max: 10, options });
  const journal = new pg.Pool({ connectionString: app.toString(), max: 1, options });
  try {
    const plans = (await pool.query<{ id: string; studentId: string }>('SELECT id, student_id AS "studentId" FROM support_plan')).rows;
    if (!plans.length) throw new Error('consent floor: no support plans seeded');
    const group = grouped(journal);
    const tx = (body: Step): Step => async (c, planId, studentId) => {
      await c.query('BEGIN');
      await body(c, planId, studentId);
      await c.query('COMMIT');
    };
    const variants: Record<keyof Omit<ConsentFloorResult, 'groupSize'>, Step> = {
      read: tx((c, p) => read(c, p)),
      withFacts: tx(async (c, p, s) => {
        await facts(c, s);
        await read(c, p);
      }),
      withEntryPerRead: tx(async (c, p, s) => {
        await facts(c, s);
        await read(c, p);
        await c.query({ name: 'floor-entry', text: INSERT_ONE, values: [randomUUID(), s, JSON.stringify(entry(s))] });
      }),
      withEntryGrouped: async (c, p, s) => {
        await tx(async () => {
          await facts(c, s);
          await read(c, p);
        })(c, p, s);
        await group.add(s);
      },
    };
    const totals = { read: 0, withFacts: 0, withEntryPerRead: 0, withEntryGrouped: 0 };
    for (const k of Object.keys(variants) as (keyof typeof variants)[]) await loop(pool, plans, variants[k], 300); // warm-up, prepares
    for (let r = 0; r < 2; r++) for (const k of Object.keys(variants) as (keyof typeof variants)[]) totals[k] += (await loop(pool, plans, variants[k], roundMs)) / 2;
    const groupSize = group.sizes.reduce((a, b) => a + b, 0) / Math.max(1, group.sizes.length);
    return { ...totals, groupSize };
  } finally {
    await pool.end();
    await journal.end();
  }
}

/**
 * An estimate of the gate's cost in the service from its database work alone: the time per read
 * the grouped R7 entry adds on bare node-postgres (floor), over the ungated service read's time plus
 * that. Not a strict bound: the floor runs at a higher rate than the service, so its waits differ.
 */
export function entryCostBound(f: ConsentFloorResult, ungatedPerSecond: number): number {
  const entryMs = 1000 / f.withEntryGrouped - 1000 / f.withFacts;
  return entryMs / (1000 / ungatedPerSecond + entryMs);
}

export function printConsentFloor(f: ConsentFloorResult, ungatedPerSecond: number): void {
  const pct = (a: number, b: number) => `${fmt((1 - a / b) * 100, 1)} %`;
  console.log(`   database floor (bare node-postgres, prepared, as district_app, 10 connections):`);
  console.log(`     the read's statements (BEGIN, plan, reviews, COMMIT)       ${fmt(f.read).padStart(7)} /s`);
  console.log(`     + the facts statement                                      ${fmt(f.withFacts).padStart(7)} /s   facts cost ${pct(f.withFacts, f.read)}`);
  console.log(`     + the R7 entry INSERT in each read's transaction           ${fmt(f.withEntryPerRead).padStart(7)} /s   entry cost ${pct(f.withEntryPerRead, f.withFacts)}`);
  console.log(`     + the R7 entries group-committed (mean ${fmt(f.groupSize, 1)} per INSERT)     ${fmt(f.withEntryGrouped).padStart(7)} /s   entry cost ${pct(f.withEntryGrouped, f.withFacts)}`);
  console.log(`     the gate's database work alone costs ${pct(f.withEntryGrouped, f.read)} of a bare read (grouped entries), ${pct(f.withEntryPerRead, f.read)} (one per read)`);
  const entryMs = 1000 / f.withEntryGrouped - 1000 / f.withFacts;
  console.log(
    `     the grouped entry adds ${fmt(entryMs, 3)} ms per read on bare node-postgres: over the ungated service read (${fmt(1000 / ungatedPerSecond, 3)} ms) ` +
      `that alone would be a gate cost of about ${fmt(entryCostBound(f, ungatedPerSecond) * 100, 1)} %`,
  );
}
