import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { CLINICAL_LIST_INDEXES } from '../apps/support-plans/src/migrations/1764400000600-list-indexes.js';
import { CreateReferral1763900000000 } from '../apps/support-plans/src/migrations/1763900000000-create-referral.js';
import { SupportPlans1764400000300 } from '../apps/support-plans/src/migrations/1764400000300-support-plans.js';
import { Referral } from '../apps/support-plans/src/referrals/data/referral.entity.js';
import type { ListSupportPlansQuery } from '../apps/support-plans/src/support-plans/list-support-plans/list-support-plans.dto.js';
import { ListSupportPlansHandler } from '../apps/support-plans/src/support-plans/list-support-plans/list-support-plans.handler.js';
import { SupportPlan, SupportPlanReview } from '../apps/support-plans/src/support-plans/data/support-plan.entity.js';
import { decodeCursor } from '../libs/platform/src/pagination/keyset-cursor.js';
import { createSchema, dropSchema, fmt, isMain, percentiles, runAsScript, runBench, verdict, type BenchContext, type Percentiles } from './support.js';

/**
 * GET /support-plans at scale (the busiest of the issue-18 lists: every clinician opens a caseload
 * view daily): N plans (default 1,000,000) seeded with generate_series, then the real handler
 * (TypeORM through the shared keysetPage helper) for typical filters, page 1 and a deep page
 * (page 20, reached through the cursor). Baseline in the same run and data: the same keyset page
 * as a bare hand-written SQL query on the same connection. Ratios: handler / bare SQL (what the
 * helper and TypeORM add) and deep page / page 1 (keyset pages do not slow down with depth).
 * Goal: every filter's p99 <= 50 ms, deep pages included.
 */
export interface SupportPlansListResult {
  rows: number;
  seedMs: number;
  filters: { name: string; first: Percentiles; deep: Percentiles; bare: Percentiles; vsBare: number; deepVsFirst: number }[];
  goalP99Ms: number;
  met: boolean;
}

const CLINICIANS = 400;
const CAMPUSES = 60;
const DEEP_PAGE = 20;
const pickN = (n: number) => 1 + Math.floor(Math.random() * n);

const FILTERS: { name: string; query: () => ListSupportPlansQuery }[] = [
  { name: "a clinician's caseload", query: () => ({ assignedClinicianId: `clinician-${pickN(CLINICIANS)}`, status: 'completed' }) },
  { name: 'campus, active', query: () => ({ campusId: `campus-${pickN(CAMPUSES)}` }) },
  { name: 'all active', query: () => ({}) },
];

export async function runSupportPlansList(options: { rows?: number; samples?: number; goalP99Ms?: number } = {}): Promise<SupportPlansListResult> {
  const p = { rows: options.rows ?? Number(process.env.BENCH_SUPPORT_PLANS_ROWS ?? 1_000_000), samples: options.samples ?? 30, goalP99Ms: options.goalP99Ms ?? 50 };
  return runBench('support-plans-list benchmark', 'bench_plans', 300_000, (ctx) => measure({ ...p, ...ctx }));
}

async function measure(p: { rows: number; samples: number; goalP99Ms: number } & BenchContext): Promise<SupportPlansListResult> {
  const { url, schema, cleanup } = p;
  await createSchema(url, schema);
  cleanup.add('drop schema', () => dropSchema(url, schema));
  const ds = await new DataSource({
    type: 'postgres',
    url,
    schema,
    entities: [SupportPlan, SupportPlanReview, Referral],
    migrations: [CreateReferral1763900000000, SupportPlans1764400000300],
    migrationsRun: true,
    extra: { options: `-c search_path=${schema}`, max: 2 },
  }).initialize();
  cleanup.add('close data source', () => ds.destroy());

  const seedStart = performance.now();
  // 30 % active, 60 % completed, 10 % discontinued over three school years; attributes from independent hashes of g.
  await ds.query(
    `INSERT INTO support_plan (student_id, campus_id, assigned_clinician_id, status, goals, interventions, next_review_on, started_by, started_at, ended_at, updated_at)
     SELECT 'S' || (1000000 + h.s), 'campus-' || (1 + h.c), 'clinician-' || (1 + h.k),
            CASE WHEN h.st < 30 THEN 'active' WHEN h.st < 90 THEN 'completed' ELSE 'discontinued' END,
            '[]', '[]', CASE WHEN h.st < 30 THEN (h.ts + interval '60 days')::date END, 'bench', h.ts,
            CASE WHEN h.st >= 30 THEN h.ts + interval '120 days' END, h.ts
       FROM generate_series(1, $1) AS g,
            LATERAL (SELECT hashint8(g::bigint * 8 + 1) & 262143 AS s, (hashint8(g::bigint * 8 + 2) & 2147483647) % ${CAMPUSES} AS c,
                            (hashint8(g::bigint * 8 + 3) & 2147483647) % ${CLINICIANS} AS k, (hashint8(g::bigint * 8 + 4) & 2147483647) % 100 AS st,
                            to_timestamp(1704067200 + (hashint8(g::bigint * 8 + 5) & 2147483647) % (3 * 365 * 86400) + (g % 1000) / 1000.0) AS ts) h`,
    [p.rows],
  );
  for (const [name, definition] of Object.entries(CLINICAL_LIST_INDEXES)) if (name.startsWith('support_plan_')) await ds.query(`CREATE INDEX ${name} ${definition}`);
  await ds.query('VACUUM ANALYZE support_plan');
  const seedMs = performance.now() - seedStart;

  const handler = new ListSupportPlansHandler(ds.getRepository(SupportPlan));
  const filters: SupportPlansListResult['filters'] = [];
  for (const f of FILTERS) {
    const first: number[] = [];
    const deep: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < p.samples; i++) {
      let q = f.query();
      for (let page = 1; page <= DEEP_PAGE; page++) {
        const t = performance.now();
        const res = await handler.execute(q);
        const ms = performance.now() - t;
        if (page === 1) first.push(ms);
        if (page === DEEP_PAGE) {
          deep.push(ms);
          bare.push(await bareQuery(ds, q));
        }
        if (!res.nextCursor) break;
        q = { ...q, cursor: res.nextCursor };
      }
    }
    const [pf, pd, pb] = [percentiles(first), percentiles(deep), percentiles(bare)];
    filters.push({ name: f.name, first: pf, deep: pd, bare: pb, vsBare: pd.p50 / pb.p50, deepVsFirst: pd.p50 / pf.p50 });
  }
  return { rows: p.rows, seedMs, filters, goalP99Ms: p.goalP99Ms, met: filters.every((f) => f.first.p99 <= p.goalP99Ms && f.deep.p99 <= p.goalP99Ms) };
}

/** The same keyset page as a hand-written query (no query builder, no entity mapping): the floor. */
async function bareQuery(ds: DataSource, q: ListSupportPlansQuery): Promise<number> {
  const params: unknown[] = [q.status ?? 'active'];
  let where = 'status = $1';
  if (q.assignedClinicianId) where += ` AND assigned_clinician_id = $${params.push(q.assignedClinicianId)}`;
  if (q.campusId) where += ` AND campus_id = $${params.push(q.campusId)}`;
  const [at, id] = decodeCursor(q.cursor!, ['timestamp', 'uuid']);
  where += ` AND (started_at, id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`;
  const t = performance.now();
  await ds.query(`SELECT id, student_id, campus_id, assigned_clinician_id, status, next_review_on, started_at FROM support_plan WHERE ${where} ORDER BY started_at DESC, id DESC LIMIT 51`, params);
  return performance.now() - t;
}

export function printSupportPlansList(r: SupportPlansListResult): void {
  const ms = (v: number) => `${fmt(v, v < 10 ? 2 : 1)} ms`;
  console.log(`\n== support-plans list (GET /support-plans, keyset pages of 50 through the shared helper): ${fmt(r.rows)} plans, seeded + indexed in ${fmt(r.seedMs / 1000, 1)} s`);
  for (const f of r.filters) {
    console.log(`   ${f.name.padEnd(24)} page 1 p50 ${ms(f.first.p50).padStart(9)} p99 ${ms(f.first.p99).padStart(9)} | page ${DEEP_PAGE} p50 ${ms(f.deep.p50).padStart(9)} p99 ${ms(f.deep.p99).padStart(9)}`);
    console.log(`     bare SQL page ${DEEP_PAGE} p50 ${ms(f.bare.p50)}: handler ×${fmt(f.vsBare, 2)} bare SQL; deep page ×${fmt(f.deepVsFirst, 2)} page 1`);
  }
  console.log(`   goal every filter p99 <= ${r.goalP99Ms} ms (page 1 and page ${DEEP_PAGE})   ${verdict(r.met)}`);
}

if (isMain(import.meta.url)) {
  runAsScript('support-plans-list', async () => printSupportPlansList(await runSupportPlansList()), 360_000);
}
