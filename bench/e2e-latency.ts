import { performance } from 'node:perf_hooks';
import { Registry } from 'prom-client';
import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '#contracts';
import { ConsumerRunner, DEFAULT_COMMIT_INTERVAL_MS, EventValidator, KafkaJsClient, Outbox, OutboxRelay, type ConsumerGroup } from '#messaging';
import { CONSUMER_SETTINGS, paced, runBare, WARM_UP } from './e2e-bare.js';
import {
  BENCH_PARTITIONS,
  benchEvent,
  fmt,
  isMain,
  item,
  openDataSource,
  percentiles,
  prepareBench,
  runAsScript,
  runBench,
  sleep,
  until,
  verdict,
  type BenchContext,
  type BenchItem,
  type Percentiles,
} from './support.js';

/**
 * End-to-end latency, commit → consumed, at a steady rate (open loop: each write starts at its
 * scheduled time whether or not the previous one finished).
 *
 * Library path: a writer commits one event per transaction through Outbox; the OutboxRelay
 * (started normally, woken by NOTIFY, default 1 s poll) publishes; a ConsumerRunner applies it
 * through the inbox (in a DataSource of its own: the consumer stands for another service, with its
 * own pool) and its handler records the receive time. Latency = handler time − time the
 * writer's transaction promise resolved (one process, one monotonic clock).
 *
 * Baseline, same run and broker: a bare kafkajs producer (idempotent, acks -1, one request in
 * flight, one record per send) → a bare kafkajs consumer. Latency = receive − send start (the
 * moment the record exists, like the commit above); receive − send resolved is printed too.
 * Kafkajs's consumer commits offsets after every batch, and the next fetch waits for it; the
 * library's consumers commit at most every second (the inbox absorbs the redelivery). So a second
 * bare consumer that commits every second, too, runs as well, and its ratio is printed (info).
 */

export interface E2eLatencyOptions {
  ratePerSecond?: number;
  events?: number;
  aggregates?: number;
  /** Library p99 as a multiple of the bare producer → consumer p99, same run (issue 16: 2). */
  goalP99Ratio?: number;
  timeoutMs?: number;
}

export interface LatencyStats extends Percentiles {
  lost: number;
}

export interface E2eLatencyResult {
  ratePerSecond: number;
  events: number;
  relay: LatencyStats;
  baseline: LatencyStats;
  baselineFromResolved: LatencyStats;
  /** The bare consumer committing offsets as the library does (every second, not after each batch): info. */
  baselineLazyCommits: LatencyStats;
  achievedWriteRate: number;
  ratios: { p50: number; p95: number; p99: number; max: number };
  goalP99Ratio: number;
  met: boolean;
  /** Only filled when something went missing. */
  diagnostics: string[];
}

const TOPIC = 'bench.e2e-latency.v1';
const BASELINE_TOPIC = 'bench.e2e-latency-baseline.v1';
const LAZY_BASELINE_TOPIC = 'bench.e2e-latency-baseline-lazy.v1';

export async function runE2eLatency(options: E2eLatencyOptions = {}): Promise<E2eLatencyResult> {
  const ratePerSecond = options.ratePerSecond ?? 200;
  const events = options.events ?? Number(process.env.BENCH_E2E_EVENTS ?? 2_000);
  const aggregates = options.aggregates ?? 200;
  const goalP99Ratio = options.goalP99Ratio ?? 2;
  const timeoutMs = options.timeoutMs ?? 150_000;
  return runBench('e2e-latency benchmark', 'bench_e2e', timeoutMs, (ctx) => measure({ ratePerSecond, events, aggregates, goalP99Ratio, ...ctx }));
}

function latencies(start: Map<number, number>, end: Map<number, number>, count: number): LatencyStats {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const s = start.get(i);
    const e = end.get(i);
    if (s !== undefined && e !== undefined) samples.push(e - s);
  }
  return { ...percentiles(samples), lost: count - samples.length };
}

async function measure(p: {
  ratePerSecond: number;
  events: number;
  aggregates: number;
  goalP99Ratio: number;
} & BenchContext): Promise<E2eLatencyResult> {
  const { ratePerSecond, events, aggregates, goalP99Ratio, url, schema, cleanup } = p;
  const definition = benchEvent('bench.e2e-latency.item', TOPIC);

  const { ds, brokers, security } = await prepareBench(p, [TOPIC, `${TOPIC}.dlt`, BASELINE_TOPIC, LAZY_BASELINE_TOPIC]);

  // ---------------- Library path: Outbox → OutboxRelay → ConsumerRunner ----------------
  const committed = new Map<number, number>();
  const handled = new Map<number, number>();
  let warmUpSeen = 0;
  const recorder: ConsumerGroup = {
    consumer: 'bench.e2e-latency-recorder',
    handles: [definition],
    async handle(event: CloudEvent<unknown>, _em: EntityManager) {
      const now = performance.now();
      const { seq } = event.data as BenchItem;
      if (seq < 0) warmUpSeen++;
      else handled.set(seq, now);
    },
  };

  const client = new KafkaJsClient({ clientId: 'bench-e2e', brokers, security });
  cleanup.add('close client', () => client.close());
  const producer = client.producer();
  await producer.connect();
  cleanup.add('disconnect relay producer', () => producer.disconnect());
  const relay = new OutboxRelay(producer, { databaseUrl: url, schema, batchSize: 500, pollIntervalMs: 1_000, registry: new Registry() });
  await relay.start();
  cleanup.add('stop relay', () => relay.stop());
  // The writer stands for the producing service, the consumer for another one with its own pool:
  // the writer's 200 commits/s queue for the writer's connections, not in front of the consumer's.
  const consumerDs = await openDataSource(url, schema);
  cleanup.add('close consumer data source', () => consumerDs.destroy());
  const runner = new ConsumerRunner(recorder, consumerDs, client, producer, new EventValidator([definition]), {
    maxAttempts: 3,
    retryBackoffMs: 10,
    ...CONSUMER_SETTINGS,
    registry: new Registry(),
    // A bench-only consumer group, deliberately absent from the libs/contracts CONSUMERS registry.
    registered: false,
  });
  await runner.start();
  cleanup.add('stop consumer runner', () => runner.stop());

  const outbox = new Outbox('bench');
  const write = (seq: number) => ds.transaction((em) => outbox.add(em, definition, item(seq, aggregates)));
  for (let i = 1; i <= WARM_UP; i++) {
    await write(-i);
    await sleep(20);
  }
  await until(() => warmUpSeen, (n) => n >= WARM_UP, 30_000, 'library path warm-up');

  let writeErrors = 0;
  const writes: Promise<void>[] = [];
  const achievedWriteRate = await paced(events, ratePerSecond, (i) => {
    writes.push(
      write(i).then(
        () => void committed.set(i, performance.now()),
        () => void writeErrors++,
      ),
    );
  });
  await Promise.all(writes);
  await until(() => handled.size, (n) => n >= events - writeErrors, 30_000, 'library path: all events consumed').catch(() => undefined);
  const relayStats = latencies(committed, handled, events);

  await runner.stop();
  await relay.stop();

  // ---------------- Baselines: bare kafkajs producer → bare kafkajs consumer ----------------
  const diagnostics: string[] = [];
  const bareRun = (topic: string, lazyCommitMs?: number) =>
    runBare({ brokers, security, cleanup, topic, lazyCommitMs, events, ratePerSecond, aggregates, diagnostics });
  const bare = await bareRun(BASELINE_TOPIC);
  const baseline = latencies(bare.sendStart, bare.received, events);
  const baselineFromResolved = latencies(bare.sendResolved, bare.received, events);
  const lazy = await bareRun(LAZY_BASELINE_TOPIC, DEFAULT_COMMIT_INTERVAL_MS);
  const baselineLazyCommits = latencies(lazy.sendStart, lazy.received, events);

  if (relayStats.lost > 0) diagnostics.push(`library path: ${relayStats.lost} events committed but never handled within 30 s (write errors ${writeErrors})`);

  const ratio = (a: number, b: number) => a / b;
  return {
    diagnostics,
    ratePerSecond,
    events,
    relay: relayStats,
    baseline,
    baselineFromResolved,
    baselineLazyCommits,
    achievedWriteRate,
    ratios: {
      p50: ratio(relayStats.p50, baseline.p50),
      p95: ratio(relayStats.p95, baseline.p95),
      p99: ratio(relayStats.p99, baseline.p99),
      max: ratio(relayStats.max, baseline.max),
    },
    goalP99Ratio,
    met: relayStats.lost === 0 && baseline.lost === 0 && relayStats.p99 <= goalP99Ratio * baseline.p99,
  };
}

export function printE2eLatency(r: E2eLatencyResult): void {
  const row = (label: string, s: LatencyStats) =>
    `   ${label.padEnd(40)} ${[s.p50, s.p95, s.p99, s.max].map((v) => fmt(v, 1).padStart(8)).join(' ')}${s.lost ? `   LOST ${s.lost}` : ''}`;
  console.log(
    `\n== end-to-end latency: ${fmt(r.events)} events at ${r.ratePerSecond}/s (writer achieved ${fmt(r.achievedWriteRate)}/s), ${BENCH_PARTITIONS} partitions, maxWaitTimeInMs ${CONSUMER_SETTINGS.maxWaitTimeInMs}`,
  );
  console.log(`   ${'ms'.padEnd(40)} ${['p50', 'p95', 'p99', 'max'].map((h) => h.padStart(8)).join(' ')}`);
  console.log(row('library  commit → handler', r.relay));
  console.log(row('baseline send start → receive', r.baseline));
  console.log(row('baseline send resolved → receive (info)', r.baselineFromResolved));
  console.log(row('baseline committing every 1 s (info)', r.baselineLazyCommits));
  console.log(`   ${'ratio library/baseline'.padEnd(40)} ${[r.ratios.p50, r.ratios.p95, r.ratios.p99, r.ratios.max].map((v) => fmt(v, 2).padStart(8)).join(' ')}`);
  console.log(`   goal library p99 <= ${r.goalP99Ratio}x the baseline's (nothing lost)   ${verdict(r.met)}`);
  console.log(`   library p99 / baseline committing every 1 s, as the library does (info)   ${fmt(r.relay.p99 / r.baselineLazyCommits.p99, 2)}`);
  for (const d of r.diagnostics) console.log(`   ! ${d}`);
}


if (isMain(import.meta.url)) {
  runAsScript('e2e-latency', async () => printE2eLatency(await runE2eLatency()), 200_000);
}
