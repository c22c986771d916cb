import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { encodeCursor } from '../libs/platform/src/pagination/keyset-cursor.js';
import type { ListIncidentsQuery } from '../apps/incidents/src/incidents/list-incidents/list-incidents.dto.js';
import { listQuery } from '../apps/incidents/src/incidents/list-incidents/list-incidents.handler.js';
import { CreateIncident1763900000000 } from '../apps/incidents/src/migrations/1763900000000-create-incident.js';
import { IncidentLifecycle1764200000000 } from '../apps/incidents/src/migrations/1764200000000-incident-lifecycle.js';
import { INCIDENT_LIST_INDEXES, IncidentListIndexes1764200000100 } from '../apps/incidents/src/migrations/1764200000100-incident-list-indexes.js';
import { createSchema, dropSchema, fmt, isMain, percentiles, runAsScript, runBench, verdict, type BenchContext, type Percentiles } from './support.js';

/**
 * GET /incidents at scale: N incidents (default 1,000,000) seeded with generate_series, then the
 * list query exactly as the handler builds it (listQuery), for typical filters, walking keyset pages
 * (first page and the next ones through the cursor). Two baselines from the same run and data:
 *  - the same queries with index scans disabled (what the list would cost without its indexes);
 *  - a bare primary-key lookup (the cheapest query the table can answer).
 * Goal: every filter's p99 <= 50 ms at 1M incidents.
 */

export interface IncidentsListOptions {
  rows?: number;
  /** Walks of `pages` pages per filter (random parameters each walk). */
  walks?: number;
  pages?: number;
  /** Walks per filter for the slow no-index baseline. */
  baselineWalks?: number;
  goalP99Ms?: number;
  timeoutMs?: number;
}

export interface FilterResult {
  name: string;
  plan: string;
  indexed: Percentiles;
  noIndex: Percentiles;
  /** noIndex p50 / indexed p50: what the indexes buy. */
  speedup: number;
  /** indexed p50 / primary-key p50: how far from the cheapest possible query. */
  vsPrimaryKey: number;
}

export interface IncidentsListResult {
  rows: number;
  seedMs: number;
  indexMs: number;
  tableMb: number;
  primaryKey: Percentiles;
  filters: FilterResult[];
  goalP99Ms: number;
  met: boolean;
}

const CAMPUSES = 60;
const STUDENTS = 200_000;
const TYPES = ['disturbance', 'threat', 'self-harm-concern', 'weapon', 'fight', 'welfare-check', 'other'];
const START = Date.parse('2024-01-01T00:00:00Z');
const SPAN_MS = 3 * 365 * 86_400_000;

const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)];
const campus = () => `campus-${String(1 + Math.floor(Math.random() * CAMPUSES)).padStart(3, '0')}`;
const student = () => `S${1_000_000 + Math.floor(Math.random() * STUDENTS)}`;
const day = (offsetDays: number) => new Date(START + offsetDays * 86_400_000).toISOString();
const randomDay = (marginDays: number) => Math.floor(Math.random() * (3 * 365 - marginDays));

/** Typical questions officers, dashboards and district systems ask. */
const FILTERS: { name: string; query: () => ListIncidentsQuery }[] = [
  { name: 'newest, no filter', query: () => ({}) },
  { name: 'campus + 30 days', query: () => { const d = randomDay(30); return { campusId: campus(), from: day(d), to: day(d + 30) }; } },
  { name: 'open queue (status=reported)', query: () => ({ status: 'reported' }) },
  { name: 'campus + status=triaged', query: () => ({ campusId: campus(), status: 'triaged' }) },
  { name: 'type=weapon + 90 days', query: () => { const d = randomDay(90); return { type: 'weapon', from: day(d), to: day(d + 90) }; } },
  { name: "a student's history", query: () => ({ studentId: student() }) },
];

export async function runIncidentsList(options: IncidentsListOptions = {}): Promise<IncidentsListResult> {
  const p = {
    rows: options.rows ?? Number(process.env.BENCH_INCIDENTS_ROWS ?? 1_000_000),
    walks: options.walks ?? 40,
    pages: options.pages ?? 5,
    baselineWalks: options.baselineWalks ?? 2,
    goalP99Ms: options.goalP99Ms ?? 50,
  };
  return runBench('incidents-list benchmark', 'bench_incidents', options.timeoutMs ?? 300_000, (ctx) => measure({ ...p, ...ctx }));
}

async function measure(p: Required<Omit<IncidentsListOptions, 'timeoutMs'>> & BenchContext): Promise<IncidentsListResult> {
  const { url, schema, cleanup } = p;
  await createSchema(url, schema);
  cleanup.add('drop schema', () => dropSchema(url, schema));
  const ds = await new DataSource({
    type: 'postgres',
    url,
    schema,
    migrations: [CreateIncident1763900000000, IncidentLifecycle1764200000000, IncidentListIndexes1764200000100],
    migrationsRun: true,
    extra: { options: `-c search_path=${schema}`, max: 2 },
  }).initialize();
  cleanup.add('close data source', () => ds.destroy());

  // Bulk load without the list indexes, then build them: how a real backfill would go.
  for (const name of Object.keys(INCIDENT_LIST_INDEXES)) await ds.query(`DROP INDEX ${name}`);
  await ds.query(`DROP INDEX incident_campus_occurred_idx`);
  // u(g, k): the k-th independent uniform hash of g, as a non-negative bigint.
  await ds.query(`CREATE FUNCTION u(g int, k int) RETURNS bigint IMMUTABLE LANGUAGE sql AS 'SELECT hashint8(g::bigint * 16 + k) & 2147483647'`);
  const seedStart = performance.now();
  // Each attribute from its own hash of g, so campus, type, status, student and time are independent.
  await ds.query(
    `INSERT INTO incident (campus_id, location, occurred_at, type, student_ids, narrative, mental_health_crisis, status, reported_by, created_at)
     SELECT 'campus-' || lpad((1 + h.campus)::text, 3, '0'), 'Hallway ' || (g % 40), h.ts,
            (ARRAY[${TYPES.map((t) => `'${t}'`).join(',')}])[1 + h.type],
            CASE WHEN h.pair = 0 THEN ARRAY['S' || (1000000 + h.s1), 'S' || (1000000 + h.s2)] ELSE ARRAY['S' || (1000000 + h.s1)] END,
            'Synthetic narrative ' || g || ': officer spoke with the student and staff; no weapon seen.',
            g % 9 = 0,
            CASE WHEN h.status < 3 THEN 'reported' WHEN h.status < 5 THEN 'triaged' WHEN h.status < 6 THEN 'dispatched'
                 WHEN h.status < 7 THEN 'on-scene' WHEN h.status < 10 THEN 'cleared' ELSE 'closed' END,
            'bench', h.ts
       FROM generate_series(1, $1) AS g,
            LATERAL (SELECT u(g, 1) % ${CAMPUSES} AS campus, u(g, 2) % ${TYPES.length} AS type, u(g, 3) % 100 AS status,
                            u(g, 4) % ${STUDENTS} AS s1, u(g, 5) % ${STUDENTS} AS s2, u(g, 6) % 4 AS pair,
                            to_timestamp(${START / 1000} + u(g, 7) % ${SPAN_MS / 1000} + u(g, 8) % 1000 / 1000.0) AS ts) h`,
    [p.rows],
  );
  // A student's history reads incident_student (apps/incidents migration 1765300000000), here without
  // district_id: this benchmark has no tenancy. Loaded in the same untimed way, key built after.
  await ds.query(`CREATE TABLE incident_student (student_id text NOT NULL, occurred_at timestamptz NOT NULL, incident_id uuid NOT NULL)`);
  await ds.query(`INSERT INTO incident_student SELECT DISTINCT s, occurred_at, id FROM incident, unnest(student_ids) AS s`);
  const seedMs = performance.now() - seedStart;
  const indexStart = performance.now();
  await ds.query(`ALTER TABLE incident_student ADD PRIMARY KEY (student_id, occurred_at, incident_id)`);
  await ds.query(`VACUUM ANALYZE incident_student`);
  await ds.query(`CREATE INDEX incident_campus_occurred_idx ON incident (campus_id, occurred_at, id)`);
  for (const [name, definition] of Object.entries(INCIDENT_LIST_INDEXES)) await ds.query(`CREATE INDEX ${name} ${definition}`);
  await ds.query('VACUUM ANALYZE incident');
  const indexMs = performance.now() - indexStart;
  const [{ mb }] = await ds.query(`SELECT round(pg_total_relation_size('incident') / 1048576.0) AS mb`);

  const ids: string[] = (await ds.query(`SELECT id FROM incident TABLESAMPLE SYSTEM (0.1) LIMIT 500`)).map((r: { id: string }) => r.id);
  const primaryKey: number[] = [];
  for (let i = 0; i < p.walks * p.pages; i++) {
    const t = performance.now();
    await ds.query(`SELECT * FROM incident WHERE id = $1`, [pick(ids)]);
    primaryKey.push(performance.now() - t);
  }

  const filters: FilterResult[] = [];
  for (const f of FILTERS) {
    const plan = await planOf(ds, f.query());
    const indexed = await walk(ds, f.query, p.walks, p.pages, false);
    const noIndex = await walk(ds, f.query, p.baselineWalks, 2, true);
    const pi = percentiles(indexed);
    const pn = percentiles(noIndex);
    filters.push({ name: f.name, plan, indexed: pi, noIndex: pn, speedup: pn.p50 / pi.p50, vsPrimaryKey: pi.p50 / percentiles(primaryKey).p50 });
  }
  return {
    rows: p.rows,
    seedMs,
    indexMs,
    tableMb: Number(mb),
    primaryKey: percentiles(primaryKey),
    filters,
    goalP99Ms: p.goalP99Ms,
    met: filters.every((f) => f.indexed.p99 <= p.goalP99Ms),
  };
}

/** Times `walks` walks of `pages` keyset pages, each walk with fresh random parameters. */
async function walk(ds: DataSource, query: () => ListIncidentsQuery, walks: number, pages: number, withoutIndexes: boolean): Promise<number[]> {
  const samples: number[] = [];
  for (let w = 0; w < walks; w++) {
    let q: ListIncidentsQuery = query();
    for (let page = 0; page < pages; page++) {
      const { sql, params } = listQuery(q);
      const t = performance.now();
      const rows: { id: string; cursor_at: string }[] = withoutIndexes ? await seqScan(ds, sql, params) : await ds.query(sql, params);
      samples.push(performance.now() - t);
      if (rows.length <= (q.limit ?? 50)) break;
      const last = rows[(q.limit ?? 50) - 1];
      q = { ...q, cursor: encodeCursor([last.cursor_at, last.id]) };
    }
  }
  return samples;
}

/** The same query planned as if the list indexes did not exist. */
function seqScan(ds: DataSource, sql: string, params: unknown[]): Promise<{ id: string; cursor_at: string }[]> {
  return ds.transaction(async (em) => {
    await em.query('SET LOCAL enable_indexscan = off');
    await em.query('SET LOCAL enable_bitmapscan = off');
    await em.query('SET LOCAL enable_indexonlyscan = off');
    return em.query(sql, params);
  });
}

/** The access path of the first page, e.g. "Index Scan Backward using incident_status_occurred_idx". */
async function planOf(ds: DataSource, q: ListIncidentsQuery): Promise<string> {
  const { sql, params } = listQuery(q);
  const lines: { 'QUERY PLAN': string }[] = await ds.query(`EXPLAIN ${sql}`, params);
  const access = lines.map((l) => l['QUERY PLAN'].trim().replace(/^->\s*/, '')).filter((l) => /Scan/.test(l));
  return access.map((l) => l.replace(/\s+\(cost=.*$/, '').replace(/ on incident$/, '')).join(' + ');
}

export function printIncidentsList(r: IncidentsListResult): void {
  const ms = (v: number) => `${fmt(v, v < 10 ? 2 : 1)} ms`;
  console.log(`\n== incidents list (GET /incidents, keyset pages of 50): ${fmt(r.rows)} incidents, ${fmt(r.tableMb)} MB with indexes`);
  console.log(`   seed (generate_series) ${fmt(r.seedMs / 1000, 1)} s, indexes + VACUUM ANALYZE ${fmt(r.indexMs / 1000, 1)} s (not timed)`);
  console.log(`   baseline primary-key lookup            p50 ${ms(r.primaryKey.p50)}  p99 ${ms(r.primaryKey.p99)}`);
  for (const f of r.filters) {
    console.log(`   ${f.name.padEnd(30)} p50 ${ms(f.indexed.p50).padStart(9)}  p99 ${ms(f.indexed.p99).padStart(9)}  (${f.indexed.count} pages)`);
    console.log(`     without indexes (seq scan)          p50 ${ms(f.noIndex.p50).padStart(9)}  p99 ${ms(f.noIndex.p99).padStart(9)}  speed-up ×${fmt(f.speedup, 0)}, ×${fmt(f.vsPrimaryKey, 1)} a PK lookup`);
    console.log(`     plan: ${f.plan}`);
  }
  console.log(`   goal every filter p99 <= ${r.goalP99Ms} ms      ${verdict(r.met)}`);
}

if (isMain(import.meta.url)) {
  runAsScript('incidents-list', async () => printIncidentsList(await runIncidentsList()), 360_000);
}
