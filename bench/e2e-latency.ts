import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Kafka, logLevel } from 'kafkajs';
import { Registry } from 'prom-client';
import type { EntityManager } from 'typeorm';
import { dataschemaOf, toKafkaHeaders, type CloudEvent } from '#contracts';
import { ConsumerRunner, DEFAULT_COMMIT_INTERVAL_MS, EventValidator, KafkaJsClient, kafkaJsSecurity, Outbox, OutboxRelay, type ConsumerGroup } from '#messaging';
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
  withTimeout,
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
const WARM_UP = 20;
const CONSUMER_SETTINGS = { maxWaitTimeInMs: 100, sessionTimeout: 6_000, heartbeatInterval: 500 };

export async function runE2eLatency(options: E2eLatencyOptions = {}): Promise<E2eLatencyResult> {
  const ratePerSecond = options.ratePerSecond ?? 200;
  const events = options.events ?? Number(process.env.BENCH_E2E_EVENTS ?? 2_000);
  const aggregates = options.aggregates ?? 200;
  const goalP99Ratio = options.goalP99Ratio ?? 2;
  const timeoutMs = options.timeoutMs ?? 150_000;
  return runBench('e2e-latency benchmark', 'bench_e2e', timeoutMs, (ctx) => measure({ ratePerSecond, events, aggregates, goalP99Ratio, ...ctx }));
}

/** Calls fire(i) for i in [0, count) at `rate` per second, on schedule (open loop). */
async function paced(count: number, ratePerSecond: number, fire: (i: number) => void): Promise<number> {
  const interval = 1000 / ratePerSecond;
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const wait = start + i * interval - performance.now();
    if (wait > 0) await sleep(wait);
    fire(i);
  }
  return (count / (performance.now() - start)) * 1000;
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

interface BareRun {
  brokers: string[];
  security: Parameters<typeof kafkaJsSecurity>[0];
  cleanup: BenchContext['cleanup'];
  topic: string;
  /** Unset: kafkajs's autoCommit (an OffsetCommit after every batch). Set: commits every that many ms, as the library's consumers do. */
  lazyCommitMs?: number;
  events: number;
  ratePerSecond: number;
  aggregates: number;
  diagnostics: string[];
}

/** A bare kafkajs producer (idempotent, acks -1, one record per send) → a bare kafkajs consumer, paced like the library path. */
async function runBare(p: BareRun): Promise<{ sendStart: Map<number, number>; sendResolved: Map<number, number>; received: Map<number, number> }> {
  const { topic, lazyCommitMs, events, aggregates, cleanup } = p;
  const label = `baseline${lazyCommitMs === undefined ? '' : ` (commits every ${lazyCommitMs} ms)`}`;
  const groupId = `${topic}-group`;
  const kafka = new Kafka({ clientId: 'bench-e2e-baseline', brokers: p.brokers, ...kafkaJsSecurity(p.security), logLevel: logLevel.NOTHING });
  const sendStart = new Map<number, number>();
  const sendResolved = new Map<number, number>();
  const received = new Map<number, number>();
  let warmUpSeen = 0;
  const consumer = kafka.consumer({ groupId, rebalanceTimeout: CONSUMER_SETTINGS.sessionTimeout, ...CONSUMER_SETTINGS });
  cleanup.add(`disconnect ${label} consumer`, () => consumer.disconnect());
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const toCommit = new Map<number, string>();
  const committer = lazyCommitMs === undefined ? undefined : setInterval(() => {
    const offsets = [...toCommit].map(([partition, offset]) => ({ topic, partition, offset }));
    toCommit.clear();
    if (offsets.length > 0) void consumer.commitOffsets(offsets).catch(() => undefined);
  }, lazyCommitMs);
  cleanup.add(`stop ${label} committer`, () => clearInterval(committer));
  await consumer.run({
    partitionsConsumedConcurrently: 3,
    autoCommit: lazyCommitMs === undefined,
    eachMessage: async ({ partition, message }) => {
      const now = performance.now();
      const { seq } = JSON.parse(message.value!.toString()) as BenchItem;
      if (seq < 0) warmUpSeen++;
      else received.set(seq, now);
      if (lazyCommitMs !== undefined) toCommit.set(partition, String(Number(message.offset) + 1));
    },
  });
  await withTimeout(joined, 30_000, `${label} consumer group join`);
  const consumerEvents: string[] = [];
  const t0 = performance.now();
  for (const e of ['GROUP_JOIN', 'REBALANCING', 'CRASH', 'STOP'] as const)
    consumer.on(consumer.events[e], (ev: { payload: unknown }) =>
      consumerEvents.push(`${e} at +${(performance.now() - t0).toFixed(0)} ms ${JSON.stringify(ev.payload ?? null).slice(0, 300)}`),
    );

  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  cleanup.add(`disconnect ${label} producer`, () => producer.disconnect());
  const type = 'bench.e2e-latency.item';
  const send = (seq: number) => {
    const data = item(seq, aggregates);
    const headers = toKafkaHeaders({
      id: randomUUID(),
      source: 'bench',
      type,
      specversion: '1.0',
      time: new Date().toISOString(),
      subject: data.aggregateId,
      dataschema: dataschemaOf(type, 1),
      datacontenttype: 'application/json',
    });
    return producer.send({ topic, acks: -1, messages: [{ key: data.aggregateId, value: JSON.stringify(data), headers }] });
  };
  for (let i = 1; i <= WARM_UP; i++) {
    await send(-i);
    await sleep(20);
  }
  await until(() => warmUpSeen, (n) => n >= WARM_UP, 30_000, `${label} warm-up`);

  let sendErrors = 0;
  const sends: Promise<void>[] = [];
  const partitionOf = new Map<number, number>();
  await paced(events, p.ratePerSecond, (i) => {
    sendStart.set(i, performance.now());
    sends.push(
      send(i).then(
        (meta) => {
          sendResolved.set(i, performance.now());
          partitionOf.set(i, meta[0]?.partition ?? -1);
        },
        () => void sendErrors++,
      ),
    );
  });
  await Promise.all(sends);
  await until(() => received.size, (n) => n >= events - sendErrors, 30_000, `${label}: all records consumed`).catch(() => undefined);
  if (received.size < events) {
    // Not expected; say where the missing records were, and what the group did meanwhile.
    const lostBy = new Map<number, number[]>();
    for (let i = 0; i < events; i++) {
      if (received.has(i)) continue;
      const partition = partitionOf.get(i) ?? -1;
      lostBy.set(partition, [...(lostBy.get(partition) ?? []), i]);
    }
    for (const [partition, seqs] of lostBy) p.diagnostics.push(`${label}: ${seqs.length} missing on partition ${partition} (seq ${seqs[0]}..${seqs.at(-1)})`);
    p.diagnostics.push(`${label}: send errors ${sendErrors}; consumer events after join: ${consumerEvents.join(' | ') || 'none'}`);
  }
  clearInterval(committer);
  await consumer.disconnect();
  await producer.disconnect();
  return { sendStart, sendResolved, received };
}
