import { cpus, loadavg } from 'node:os';
import { printConsentDecide, runConsentDecide } from './consent-decide.js';
import { printConsentRead, runConsentRead, type ConsentReadResult } from './consent-read.js';
import { entryCostBound } from './consent-floor.js';
import { printIntake, runIntake, type IntakeModeResult } from './intake.js';
import { printDenialTiming, runDenialTiming } from './denial-timing.js';
import { printE2eLatency, runE2eLatency, type E2eLatencyResult } from './e2e-latency.js';
import { printIncidentsList, runIncidentsList, type IncidentsListResult } from './incidents-list.js';
import { printRelayThroughput, runRelayThroughput, type RelayThroughputResult } from './relay-throughput.js';
import { fmt, quietLogs, verdict } from './support.js';
import { printTenancy, runTenancy, type TenancyResult } from './tenancy.js';

/**
 * Runs every benchmark in sequence (each on its own fresh broker and schema) and prints a summary.
 * Exit code 0 whether goals are met or MISSED; 1 only when a benchmark could not run at all.
 */

const WATCHDOG_MS = 1_200_000;

async function main(): Promise<number> {
  quietLogs();
  console.log(`benchmarks: node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}, real Apache Kafka (one KRaft node per benchmark)`);
  const consent = runConsentDecide();
  printConsentDecide(consent);
  let relay: RelayThroughputResult | Error;
  let e2e: E2eLatencyResult | Error;
  let list: IncidentsListResult | Error;
  try {
    relay = await runRelayThroughput();
    printRelayThroughput(relay);
  } catch (err) {
    relay = err as Error;
    console.error(`\n[bench] relay-throughput failed: ${relay.stack ?? relay.message}`);
  }
  try {
    e2e = await runE2eLatency();
    printE2eLatency(e2e);
  } catch (err) {
    e2e = err as Error;
    console.error(`\n[bench] e2e-latency failed: ${e2e.stack ?? e2e.message}`);
  }
  try {
    list = await runIncidentsList();
    printIncidentsList(list);
  } catch (err) {
    list = err as Error;
    console.error(`\n[bench] incidents-list failed: ${list.stack ?? list.message}`);
  }
  let intake: IntakeModeResult[] | Error;
  try {
    intake = await runIntake();
    printIntake(intake);
  } catch (err) {
    intake = err as Error;
    console.error(`\n[bench] intake failed: ${intake.stack ?? intake.message}`);
  }
  let consentRead: ConsentReadResult | Error;
  try {
    consentRead = await runConsentRead();
    printConsentRead(consentRead);
  } catch (err) {
    consentRead = err as Error;
    console.error(`\n[bench] consent-read failed: ${consentRead.stack ?? consentRead.message}`);
  }
  let tenancy: TenancyResult | Error;
  try {
    tenancy = await runTenancy();
    printTenancy(tenancy);
  } catch (err) {
    tenancy = err as Error;
    console.error(`\n[bench] tenancy failed: ${tenancy.stack ?? tenancy.message}`);
  }
  try {
    printDenialTiming(await runDenialTiming());
  } catch (err) {
    console.error(`\n[bench] denial-timing failed: ${(err as Error).stack ?? (err as Error).message}`);
  }

  const rows: string[][] = [['benchmark', 'measured', 'baseline', 'ratio', 'goal', 'result']];
  const ms = (v: number) => `${fmt(v, 1)} ms`;
  if (intake instanceof Error) rows.push(['intake POST /incidents', '-', '-', '-', '>= 0.6x bare', 'FAILED TO RUN']);
  else
    for (const r of intake) {
      const label = r.mode === 'alone' ? 'intake, service alone' : 'intake, whole system up';
      rows.push([`${label}: req/s`, fmt(r.closed.service.perSecond), fmt(r.closed.bare.perSecond), fmt(r.closed.ratio, 2), `>= ${r.goalRatio}x bare`, verdict(r.ratioMet)]);
      // How far each layer costs: the rows R12 requires (bare doing them), then the service's stack.
      rows.push([`  layer: R12's rows, bare`, fmt(r.floor.closed.perSecond), fmt(r.closed.bare.perSecond), fmt(r.floor.ofBare, 2), '(info)', '']);
      rows.push([`  layer: the stack over those rows`, fmt(r.closed.service.perSecond), fmt(r.floor.closed.perSecond), fmt(r.floor.serviceOfFloor, 2), '(info)', '']);
      for (const x of r.open) {
        const goal = r.mode === 'alone' && x.rate === 200 ? '<= 2x bare' : '(info)';
        const result = goal === '(info)' ? (x.service.keptUp ? 'kept up' : 'fell behind') : verdict(!!r.p99Met);
        rows.push([`${label}: p99 at ${x.rate}/s`, ms(x.service.p99), ms(x.bare.p99), fmt(x.service.p99 / x.bare.p99, 2), goal, result]);
      }
    }
  if (consentRead instanceof Error) rows.push(['consent read: req/s', '-', '-', '-', 'gate <= 10 %', 'FAILED TO RUN']);
  else
    rows.push([
      'consent read (gated vs not): req/s',
      fmt(consentRead.gated.perSecond),
      fmt(consentRead.ungated.perSecond),
      fmt(consentRead.gated.perSecond / consentRead.ungated.perSecond, 2),
      'gate <= 10 % (>= 0.9x)',
      verdict(consentRead.met),
    ]);
  if (!(consentRead instanceof Error)) {
    // The durable R7 entry alone, on bare node-postgres, as a share of the gated read (bench/consent-floor.ts).
    const bound = entryCostBound(consentRead.floor, consentRead.ungated.perSecond);
    rows.push(['  layer: the R7 entry alone, bare (estimate)', `${fmt(bound * 100, 1)} %`, '', '', '(info)', '']);
  }
  rows.push([
    'consent decide p99',
    `${fmt(consent.decide.us.p99, 2)} µs`,
    `${fmt(consent.baseline.us.p99, 2)} µs`,
    fmt(consent.ratios.p99, 1),
    `<= ${consent.goalP99Us} µs`,
    verdict(consent.met),
  ]);
  if (relay instanceof Error) rows.push(['relay throughput', '-', '-', '-', '>= 0.8x bare', 'FAILED TO RUN']);
  else
    rows.push([
      'relay throughput',
      `${fmt(relay.relay.eventsPerSecond)} ev/s`,
      `${fmt(relay.baseline.eventsPerSecond)} ev/s`,
      fmt(relay.ratio, 2),
      `>= ${fmt(relay.goal, 1)}x bare`,
      verdict(relay.met),
    ]);
  if (e2e instanceof Error) rows.push(['e2e latency p99', '-', '-', '-', '<= 2x baseline', 'FAILED TO RUN']);
  else {
    rows.push(['e2e latency p50', ms(e2e.relay.p50), ms(e2e.baseline.p50), fmt(e2e.ratios.p50, 2), '', '']);
    rows.push(['e2e latency p95', ms(e2e.relay.p95), ms(e2e.baseline.p95), fmt(e2e.ratios.p95, 2), '', '']);
    rows.push([
      'e2e latency p99',
      ms(e2e.relay.p99),
      ms(e2e.baseline.p99),
      fmt(e2e.ratios.p99, 2),
      `<= ${e2e.goalP99Ratio}x baseline`,
      verdict(e2e.met) + (e2e.relay.lost ? ` (${e2e.relay.lost} LOST)` : ''),
    ]);
    rows.push(['e2e latency max', ms(e2e.relay.max), ms(e2e.baseline.max), fmt(e2e.ratios.max, 2), '', '']);
    const lazy = e2e.baselineLazyCommits;
    rows.push(['  p99 vs bare committing every 1 s (info)', ms(e2e.relay.p99), ms(lazy.p99), fmt(e2e.relay.p99 / lazy.p99, 2), '', 'info']);
  }
  if (list instanceof Error) rows.push(['incidents list p99', '-', '-', '-', '<= 50 ms', 'FAILED TO RUN']);
  else {
    const slowest = list.filters.reduce((a, b) => (b.indexed.p99 > a.indexed.p99 ? b : a));
    rows.push([
      `incidents list p99 (${slowest.name})`,
      `${fmt(slowest.indexed.p99, 1)} ms`,
      `${fmt(slowest.noIndex.p99, 1)} ms`,
      fmt(slowest.indexed.p99 / slowest.noIndex.p99, 3),
      `<= ${list.goalP99Ms} ms`,
      verdict(list.met),
    ]);
  }
  if (tenancy instanceof Error) rows.push(['tenancy: 50 districts vs 1, p99', '-', '-', '-', '<= 1.5x 1 district', 'FAILED TO RUN']);
  else
    for (const r of tenancy.rows) {
      rows.push([`tenancy ${r.name} p99`, `${fmt(r.many.p99, 1)} ms`, `${fmt(r.single.p99, 1)} ms`, fmt(r.ratio, 2), `<= ${tenancy.goalRatio}x 1 district`, verdict(r.met)]);
    }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 || c >= 4 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  console.log('\n== summary');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));

  console.log('idle CPU of the whole system: not part of this run (it needs a settled `npm start`): node dist/bench/idle-cpu.js');
  const goals = rows.slice(1).map((r) => r[5]);
  const missed = goals.filter((g) => g === 'MISSED').length;
  const failed = goals.filter((g) => g === 'FAILED TO RUN').length;
  console.log(
    failed ? `\n${failed} benchmark(s) FAILED TO RUN` : missed ? `\nMISSED: ${missed} goal(s) not met (exit code stays 0)` : '\nall goals met',
  );
  return failed ? 1 : 0;
}

const watchdog = setTimeout(() => {
  console.error(`[bench] watchdog fired after ${WATCHDOG_MS} ms; exiting`);
  process.exit(2);
}, WATCHDOG_MS);
watchdog.unref();
main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('[bench] run-all failed:', err);
    process.exit(1);
  },
);
