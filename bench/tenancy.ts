import http from 'node:http';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { listQuery } from '../apps/incidents/src/incidents/list-incidents/list-incidents.handler.js';
import { TEST_AUDIENCE, TEST_ISSUER, TestIdentityProvider } from '../libs/testing/src/test-auth.js';
import { freePort, spawnNode, waitHttpReady } from './processes.js';
import { CAMPUSES, DISPATCH_CANDIDATES, detachIndexes, districtsOf, seedIncidents, seedProjections, studentsPerDistrict } from './tenancy-seed.js';
import { benchDatabaseUrl, Cleanup, createSchema, dropSchema, fmt, isMain, percentiles, runAsScript, sleep, uniqueSchema, verdict, withTimeout, type Percentiles } from './support.js';

/**
 * Tenancy at scale (issue 19): 1M incidents in one district against 1M incidents spread over 50
 * districts (20k each), the real incidents service in each case (its own process, the app role
 * bound by row-level security, app.district_id set from the token's district), measured in the
 * same run, alternating rounds so a busy machine weighs on both alike. The measured district is
 * DEFAULT_DISTRICT_ID, the one the env identity provider's tokens act in; its roster, shifts and
 * certifications are the same in both layouts, and the 49 others have the same again.
 * Goal: list and dispatch p99 with 50 districts <= 1.5x the single-district p99.
 */

export const MEASURED_DISTRICT = 'dev';
const ROOT = new URL('..', new URL('..', import.meta.url)).pathname; // dist/bench/ -> repo root
const TOKENS = 300; // distinct officers: the per-principal rate limit (1,200/min) stays on

export interface TenancyOptions {
  incidents?: number;
  districts?: number;
  rounds?: number;
  /** Each list variant and dispatch, per layout and round. */
  windowMs?: number;
  connections?: number;
  goalRatio?: number;
  /** Leave both services and schemas up this long after measuring (names printed), for EXPLAIN. */
  keepMs?: number;
}

interface Layout {
  name: string;
  schema: string;
  districts: string[];
  port: number;
  students: number;
  candidates: string[];
  next: number;
  seedMs: number;
  samples: Record<string, number[]>;
}

export interface TenancyResult {
  incidents: number;
  districts: number;
  seedMs: { single: number; many: number };
  /** list variants then 'dispatch'; p99 ratio = many / single. */
  rows: { name: string; single: Percentiles; many: Percentiles; ratio: number; met: boolean }[];
  plans: { name: string; single: string; many: string }[];
  goalRatio: number;
  met: boolean;
}

const pick = (n: number) => Math.floor(Math.random() * n);
const campus = () => `campus-${String(1 + pick(CAMPUSES)).padStart(3, '0')}`;
const LIST: { name: string; path: (l: Layout) => string }[] = [
  { name: 'list: first page', path: () => '/incidents' },
  { name: 'list: campus + status=triaged', path: () => `/incidents?campusId=${campus()}&status=triaged` },
  { name: "list: a student's history", path: (l) => `/incidents?studentId=S${1_000_000 + pick(l.students)}` },
];

export async function runTenancy(options: TenancyOptions = {}): Promise<TenancyResult> {
  const o: Required<TenancyOptions> = {
    incidents: options.incidents ?? Number(process.env.BENCH_TENANCY_INCIDENTS ?? 1_000_000),
    districts: options.districts ?? 50,
    rounds: options.rounds ?? 3,
    windowMs: options.windowMs ?? Number(process.env.BENCH_TENANCY_WINDOW_MS ?? 3_000),
    connections: options.connections ?? 4,
    goalRatio: options.goalRatio ?? 1.5,
    keepMs: options.keepMs ?? Number(process.env.BENCH_TENANCY_KEEP_MS ?? 0),
  };
  const cleanup = new Cleanup();
  try {
    return await withTimeout(measure(o, cleanup), 300_000 + o.keepMs, 'tenancy benchmark');
  } finally {
    await cleanup.run(45_000);
  }
}

async function measure(o: Required<TenancyOptions>, cleanup: Cleanup): Promise<TenancyResult> {
  const url = benchDatabaseUrl();
  const idp = await TestIdentityProvider.create();
  const tokens = await Promise.all(Array.from({ length: TOKENS }, (_, i) => idp.bearer(['officer'], `officer-${i}`)));
  // Both layouts load at once (one backend each: the machine's two cores).
  const [single, many] = await Promise.all([
    prepare('single district', districtsOf(1, MEASURED_DISTRICT), o.incidents, url, idp, cleanup),
    prepare(`${o.districts} districts`, districtsOf(o.districts, MEASURED_DISTRICT), o.incidents, url, idp, cleanup),
  ]);
  let n = 0;
  const token = () => tokens[n++ % TOKENS];
  const dispatchPath = (l: Layout) => {
    if (l.next >= l.candidates.length) throw new Error(`${l.name}: all ${l.candidates.length} dispatch candidates used; lower BENCH_TENANCY_WINDOW_MS`);
    return `/incidents/${l.candidates[l.next++]}/dispatch`;
  };
  const run = async (l: Layout, ms: number, record: boolean) => {
    for (const v of LIST) {
      const s = await closedLoop(l.port, 'GET', () => v.path(l), 200, o.connections, ms, token);
      if (record) (l.samples[v.name] ??= []).push(...s);
    }
    const s = await closedLoop(l.port, 'POST', () => dispatchPath(l), 200, o.connections, ms, token);
    if (record) (l.samples.dispatch ??= []).push(...s);
  };
  for (const l of [single, many]) await run(l, 1_000, false); // warm-up: JIT, pools, token cache, buffers
  for (let r = 0; r < o.rounds; r++) for (const l of r % 2 ? [many, single] : [single, many]) await run(l, o.windowMs, true);
  for (const l of [single, many]) await checkDispatches(url, l);
  const rows = [...LIST.map((v) => v.name), 'dispatch'].map((name) => {
    const [s, m] = [percentiles(single.samples[name]), percentiles(many.samples[name])];
    return { name, single: s, many: m, ratio: m.p99 / s.p99, met: m.p99 <= o.goalRatio * s.p99 };
  });
  if (o.keepMs > 0) {
    console.log(`[bench] tenancy: schemas ${single.schema} (1 district, port ${single.port}) and ${many.schema} (${o.districts}, port ${many.port}) kept ${o.keepMs} ms`);
    await sleep(o.keepMs);
  }
  const plans = [];
  for (const v of LIST.slice(1)) plans.push({ name: v.name, single: await planOf(url, single, v.path(single)), many: await planOf(url, many, v.path(many)) });
  return { incidents: o.incidents, districts: o.districts, seedMs: { single: single.seedMs, many: many.seedMs }, rows, plans, goalRatio: o.goalRatio, met: rows.every((r) => r.met) };
}

/** A throwaway schema migrated by the service itself, then seeded as the owner, indexes built after the load. */
async function prepare(name: string, districts: string[], total: number, url: string, idp: TestIdentityProvider, cleanup: Cleanup): Promise<Layout> {
  const schema = uniqueSchema(`bench_tenancy_${districts.length}`);
  await createSchema(url, schema);
  cleanup.add(`drop ${name} schema`, () => dropSchema(url, schema));
  const port = await freePort();
  const service = spawnNode(`incidents service (${name})`, `${ROOT}dist/apps/incidents/src/main.js`, {
    PATH: process.env.PATH, NODE_OPTIONS: '--enable-source-maps', NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1',
    DATABASE_URL: url, DB_SCHEMA: schema, DEFAULT_DISTRICT_ID: MEASURED_DISTRICT,
    JWT_PUBLIC_KEY: idp.publicKeyPem, JWT_ISSUER: TEST_ISSUER, JWT_AUDIENCE: TEST_AUDIENCE,
  }, { keepLogs: false });
  cleanup.add(`stop ${name} service`, () => service.stop());
  await waitHttpReady(service, `http://127.0.0.1:${port}/health/ready`, 120_000);
  const db = await owner(url, schema);
  try {
    const start = performance.now();
    const q = (sql: string, params?: unknown[]) => db.query(sql, params).then((r) => r.rows);
    await db.query(`SET maintenance_work_mem = '256MB'`);
    const reattach = await detachIndexes(q);
    await seedIncidents(q, districts, total);
    await reattach();
    await seedProjections(q, districts);
    await db.query('VACUUM ANALYZE');
    const seedMs = performance.now() - start;
    const candidates = (await db.query(`SELECT id FROM incident WHERE district_id = $1 AND reported_by = 'bench-dispatch'`, [districts[0]])).rows.map((r) => r.id as string);
    if (candidates.length !== DISPATCH_CANDIDATES) throw new Error(`${name}: ${candidates.length} dispatch candidates seeded`);
    return { name, schema, districts, port, students: studentsPerDistrict(total, districts.length), candidates, next: 0, seedMs, samples: {} };
  } finally {
    await db.end();
  }
}

async function owner(url: string, schema: string): Promise<pg.Client> {
  const db = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await db.connect();
  return db;
}

/** Every dispatch answered 200 was a co-response in the measured district: a broken path cannot pass for a fast one. */
async function checkDispatches(url: string, l: Layout): Promise<void> {
  const db = await owner(url, l.schema);
  try {
    const { rows: [r] } = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'dispatched' AND co_response AND clinician_staff_id IS NOT NULL AND district_id = $1)::int AS ok, count(*)::int AS all
         FROM incident WHERE reported_by = 'bench-dispatch'`, [l.districts[0]]);
    if (r.ok !== l.next) throw new Error(`${l.name}: ${l.next} dispatches answered 200 but ${r.ok} co-responses recorded`);
  } finally {
    await db.end();
  }
}

/** The access path of the list query as the app role sees it (row-level security on), e.g. "Index Scan Backward using …". */
async function planOf(url: string, l: Layout, path: string): Promise<string> {
  const app = new URL(url);
  app.username = 'district_app'; // DB_APP_ROLE's default, provisioned by the service at start-up
  const db = await owner(app.toString(), l.schema);
  try {
    await db.query(`SELECT set_config('app.district_id', $1, false)`, [l.districts[0]]);
    const { sql, params } = listQuery(Object.fromEntries(new URL(path, 'http://x').searchParams));
    const lines = (await db.query(`EXPLAIN ${sql}`, params)).rows.map((r) => String(r['QUERY PLAN']).trim().replace(/^->\s*/, ''));
    return lines.filter((x) => /Scan/.test(x)).map((x) => x.replace(/\s+\(cost=.*$/, '').replace(/ on incident$/, '')).join(' + ');
  } finally {
    await db.end();
  }
}

/** `connections` keep-alive loops for `ms`; every answer must have status `expect`. Returns the latencies (ms). */
async function closedLoop(port: number, method: string, path: () => string, expect: number, connections: number, ms: number, token: () => string): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const samples: number[] = [];
  const end = performance.now() + ms;
  const one = (p: string) =>
    new Promise<number>((resolve, reject) => {
      const t0 = performance.now();
      const req = http.request({ host: '127.0.0.1', port, method, path: p, agent, headers: { authorization: token(), 'content-type': 'application/json' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => (res.statusCode === expect ? resolve(performance.now() - t0) : reject(new Error(`${method} ${p}: ${res.statusCode} ${Buffer.concat(chunks).toString().slice(0, 300)}`))));
      });
      req.on('error', reject);
      req.end(method === 'POST' ? '{}' : undefined);
    });
  try {
    await Promise.all(Array.from({ length: connections }, async () => {
      while (performance.now() < end) samples.push(await one(path()));
    }));
  } finally {
    agent.destroy();
  }
  return samples;
}

export function printTenancy(r: TenancyResult): void {
  const ms = (v: number) => `${fmt(v, v < 10 ? 2 : 1)} ms`;
  console.log(`\n== tenancy (issue 19): ${fmt(r.incidents)} incidents in 1 district vs spread over ${r.districts} (measured district: ${MEASURED_DISTRICT}, real service, RLS on)`);
  console.log(`   seed + indexes + VACUUM ANALYZE (both at once): single ${fmt(r.seedMs.single / 1000, 1)} s, ${r.districts} districts ${fmt(r.seedMs.many / 1000, 1)} s`);
  console.log(`   ${''.padEnd(31)} ${'1 district p50/p99'.padStart(22)} ${`${r.districts} districts p50/p99`.padStart(24)}   p99 ratio (p50 ratio)`);
  for (const x of r.rows) {
    const pair = (p: Percentiles) => `${ms(p.p50)} / ${ms(p.p99)}`;
    console.log(`   ${x.name.padEnd(31)} ${pair(x.single).padStart(22)} ${pair(x.many).padStart(24)}   ×${fmt(x.ratio, 2)} ${verdict(x.met)} (×${fmt(x.many.p50 / x.single.p50, 2)})  ${x.single.count}/${x.many.count} requests`);
  }
  for (const p of r.plans) console.log(`   plan ${p.name}: 1 district: ${p.single}; ${r.districts} districts: ${p.many}`);
  console.log(`   goal ${r.districts}-district p99 <= ${r.goalRatio}x single-district p99, list and dispatch   ${verdict(r.met)}`);
}

if (isMain(import.meta.url)) {
  runAsScript('tenancy', async () => printTenancy(await runTenancy()), 360_000 + Number(process.env.BENCH_TENANCY_KEEP_MS ?? 0));
}
