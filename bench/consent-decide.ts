import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { GCProfiler } from 'node:v8';
import { decide } from '../libs/consent/src/index.js';
import { baseline, MIX, workload, type DecideFn, type Workload } from './consent-decide-mix.js';

/**
 * decide() speed: decisions per second and per-call latency over a realistic mix of requests
 * (mostly clinicians in-unit, police under consent or team membership, emergencies, SUD under
 * Part 2, denials, missing records), against a trivial role-table lookup in the same run.
 * Goal: p99 <= 20 µs per decision. Pure CPU: no database, no broker.
 *
 * `node dist/bench/consent-decide.js <dir> [label]` also measures the decide() of another build of
 * libs/consent (e.g. an older commit's dist/libs/consent/src) in the same run, interleaved call by
 * call, so a busy machine weighs on both alike.
 */

export interface ConsentDecideOptions {
  /** Decisions per throughput round. */
  batch?: number;
  rounds?: number;
  /** Individually timed calls per function. */
  samples?: number;
  goalP99Us?: number;
  /** Another implementation measured in the same run, interleaved with decide(). */
  against?: { label: string; decide: DecideFn };
}

export interface LatencyStats {
  p50: number;
  p99: number;
  p999: number;
  max: number;
}

export interface Measured {
  perSecond: number;
  us: LatencyStats;
  /** Young-generation collections and their pauses, and bytes allocated, per 10,000 calls. */
  gc: { scavengesPer10k: number; pauseUsPer10k: number; bytesPerCall: number };
}

export interface ConsentDecideResult {
  mix: { name: string; weight: number }[];
  allowedShare: number;
  baseline: Measured;
  decide: Measured;
  /** decide() per request kind (p50 / p99 µs), from the same timed calls. */
  kinds: { name: string; p50: number; p99: number }[];
  against?: Measured & { label: string };
  ratios: { throughput: number; p50: number; p99: number };
  goalP99Us: number;
  met: boolean;
}

let sink = 0;

function throughput(fn: DecideFn, w: Workload, batch: number): number {
  const n = w.requests.length;
  const start = performance.now();
  for (let i = 0; i < batch; i++) {
    const j = i & (n - 1);
    sink += fn(w.requests[j], w.facts[j], w.nows[j]).fields.length;
  }
  return batch / ((performance.now() - start) / 1000);
}

/** GC work while `calls` decisions run: collections, pauses, and bytes allocated (heap growth between collections). */
function gcCost(fn: DecideFn, w: Workload, calls: number): Measured['gc'] {
  const profiler = new GCProfiler();
  profiler.start();
  const before = process.memoryUsage().heapUsed;
  throughput(fn, w, calls);
  const after = process.memoryUsage().heapUsed;
  const stats = profiler.stop()?.statistics ?? [];
  let allocated = 0;
  let previous = before;
  let scavenges = 0;
  let pauseUs = 0;
  for (const s of stats) {
    allocated += Math.max(0, s.beforeGC.heapStatistics.usedHeapSize - previous);
    previous = s.afterGC.heapStatistics.usedHeapSize;
    if (s.gcType === 'Scavenge') scavenges++;
    pauseUs += s.cost;
  }
  allocated += Math.max(0, after - previous);
  const per10k = 10_000 / calls;
  return { scavengesPer10k: scavenges * per10k, pauseUsPer10k: pauseUs * per10k, bytesPerCall: allocated / calls };
}

function stats(us: Float64Array): LatencyStats {
  const sorted = Float64Array.from(us).sort();
  const n = sorted.length;
  const q = (p: number) => sorted[Math.min(n - 1, Math.ceil(p * n) - 1)];
  return { p50: q(0.5), p99: q(0.99), p999: q(0.999), max: sorted[n - 1] };
}

/** Per-call latencies of several functions, taking turns call by call on the same request. */
function latency(fns: DecideFn[], w: Workload, samples: number): Float64Array[] {
  const n = w.requests.length;
  const us = fns.map(() => new Float64Array(samples));
  for (let i = 0; i < samples; i++) {
    const j = i & (n - 1);
    for (let f = 0; f < fns.length; f++) {
      const t0 = performance.now();
      sink += fns[f](w.requests[j], w.facts[j], w.nows[j]).fields.length;
      us[f][i] = (performance.now() - t0) * 1000;
    }
  }
  return us;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function runConsentDecide(options: ConsentDecideOptions = {}): ConsentDecideResult {
  const batch = options.batch ?? 200_000;
  const rounds = options.rounds ?? 5;
  const samples = options.samples ?? 200_000;
  const goalP99Us = options.goalP99Us ?? 20;
  const w = workload();
  const fns: DecideFn[] = [baseline, decide, ...(options.against ? [options.against.decide] : [])];

  // Warm every path up (JIT), then interleave rounds so all see the same machine state.
  for (let i = 0; i < 3; i++) for (const fn of fns) throughput(fn, w, 50_000);
  const perSecond: number[][] = fns.map(() => []);
  for (let r = 0; r < rounds; r++) fns.forEach((fn, f) => perSecond[f].push(throughput(fn, w, batch)));
  const us = latency(fns, w, samples);
  const measured = fns.map((fn, f): Measured => ({ perSecond: median(perSecond[f]), us: stats(us[f]), gc: gcCost(fn, w, batch) }));

  const kinds = MIX.map((s, k) => {
    const mine = us[1].filter((_, i) => w.kinds[i & (w.requests.length - 1)] === k);
    const st = stats(mine);
    return { name: s.name, p50: st.p50, p99: st.p99 };
  });
  let allowed = 0;
  for (let j = 0; j < w.requests.length; j++) if (decide(w.requests[j], w.facts[j], w.nows[j]).allow) allowed++;

  const [b, l] = measured;
  return {
    mix: MIX.map((s) => ({ name: s.name, weight: s.weight })),
    allowedShare: allowed / w.requests.length,
    baseline: b,
    decide: l,
    kinds,
    ...(options.against ? { against: { label: options.against.label, ...measured[2] } } : {}),
    ratios: { throughput: l.perSecond / b.perSecond, p50: l.us.p50 / b.us.p50, p99: l.us.p99 / b.us.p99 },
    goalP99Us,
    met: l.us.p99 <= goalP99Us,
  };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function printConsentDecide(r: ConsentDecideResult): void {
  console.log(`\n== consent decide(): ${r.mix.length} request kinds, ${fmt(r.allowedShare * 100)} % allowed`);
  for (const [i, m] of r.mix.entries()) {
    const k = r.kinds[i];
    console.log(`   ${String(m.weight).padStart(3)} %  ${m.name.padEnd(55)} p50 ${fmt(k.p50, 2).padStart(6)} µs   p99 ${fmt(k.p99, 2).padStart(6)} µs`);
  }
  const row = (name: string, x: Measured) => {
    console.log(
      `   ${name.padEnd(28)} ${fmt(x.perSecond).padStart(12)} decisions/s   p50 ${fmt(x.us.p50, 2).padStart(6)} µs   p99 ${fmt(x.us.p99, 2).padStart(6)} µs   p99.9 ${fmt(x.us.p999, 2).padStart(6)} µs   max ${fmt(x.us.max, 1)} µs`,
    );
    console.log(
      `   ${''.padEnd(28)} ${fmt(x.gc.bytesPerCall).padStart(12)} B allocated/call   ${fmt(x.gc.scavengesPer10k, 2)} scavenges and ${fmt(x.gc.pauseUsPer10k)} µs of GC pause per 10k calls`,
    );
  };
  row('baseline (role table)', r.baseline);
  row('decide()', r.decide);
  if (r.against) row(r.against.label, r.against);
  console.log(`   ratio decide/baseline         throughput ${fmt(r.ratios.throughput, 3)}   p50 ${fmt(r.ratios.p50, 1)}x   p99 ${fmt(r.ratios.p99, 1)}x`);
  console.log(`   (per-call latencies include ~0.1 µs of timer overhead, the same for both)`);
  console.log(`   goal p99 <= ${r.goalP99Us} µs                  ${r.met ? 'MET' : 'MISSED'}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  const against = dir ? { label: process.argv[3] ?? 'decide() (other build)', decide: (await import(pathToFileURL(`${dir}/index.js`).href)).decide as DecideFn } : undefined;
  printConsentDecide(runConsentDecide({ against }));
  if (sink === -1) console.log('');
}
