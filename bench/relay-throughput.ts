import { performance } from 'node:perf_hooks';
import { Kafka, logLevel } from 'kafkajs';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { KafkaJsClient, kafkaJsSecurity, Outbox, OutboxRelay } from '#messaging';
import {
  BENCH_PARTITIONS,
  benchEvent,
  fmt,
  isMain,
  item,
  prepareBench,
  runAsScript,
  runBench,
  verdict,
  type BenchContext,
} from './support.js';

/**
 * Relay throughput: N events pre-filled in the outbox (not timed), then OutboxRelay.drainOnce()
 * called in a loop until it returns 0 (timed). Baseline in the same run and on the same broker:
 * a bare kafkajs idempotent producer (acks -1, maxInFlightRequests 1) sending the very same
 * records (same key, value and headers, read back from the outbox) in sendBatch calls of 500.
 */

export interface RelayThroughputOptions {
  events?: number;
  batchSize?: number;
  aggregates?: number;
  /** Relay events/s as a share of the bare producer's, same run (issue 16: 0.8). */
  goalRatio?: number;
  /** Bound on the whole benchmark, clean-up excluded. */
  timeoutMs?: number;
}

export interface DrainStats {
  ms: number;
  eventsPerSecond: number;
  /** drainOnce() calls; each pipelines batches until a claim comes back short. */
  batches: number;
  slowestBatchMs: number;
}

export interface RelayThroughputResult {
  events: number;
  batchSize: number;
  avgRecordBytes: number;
  prefillMs: number;
  baseline: { ms: number; eventsPerSecond: number };
  /** drainOnce() loops over all rounds (the first on a fresh table without planner statistics). */
  relay: DrainStats;
  /** relay/baseline per round, ascending; `ratio` is their median. */
  roundRatios: number[];
  ratio: number;
  brokerRecords: number | undefined;
  goal: number;
  met: boolean;
}

const RELAY_TOPIC = 'bench.relay-throughput.v1';
const BASELINE_TOPIC = 'bench.relay-throughput-baseline.v1';
const ROUNDS = 3;

export async function runRelayThroughput(options: RelayThroughputOptions = {}): Promise<RelayThroughputResult> {
  const events = options.events ?? Number(process.env.BENCH_RELAY_EVENTS ?? 20_000);
  const batchSize = options.batchSize ?? 500;
  const aggregates = options.aggregates ?? 1_000;
  const goal = options.goalRatio ?? 0.8;
  const timeoutMs = options.timeoutMs ?? 180_000;
  return runBench('relay-throughput benchmark', 'bench_relay', timeoutMs, (ctx) => measure({ events, batchSize, aggregates, goal, ...ctx }));
}

async function measure(p: {
  events: number;
  batchSize: number;
  aggregates: number;
  goal: number;
} & BenchContext): Promise<RelayThroughputResult> {
  const { events, batchSize, aggregates, goal, url, schema, cleanup } = p;
  const definition = benchEvent('bench.relay-throughput.item', RELAY_TOPIC);

  const { ds, brokers, security } = await prepareBench(p, [RELAY_TOPIC, BASELINE_TOPIC]);

  // Both producers connected and warmed up (connection, metadata, producer id) before any clock starts.
  const kafka = new Kafka({ clientId: 'bench-baseline', brokers, ...kafkaJsSecurity(security), logLevel: logLevel.NOTHING });
  const bare = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await bare.connect();
  cleanup.add('disconnect baseline producer', () => bare.disconnect());
  await bare.send({ topic: BASELINE_TOPIC, acks: -1, messages: [{ key: 'warm-up', value: 'warm-up' }] });
  const client = new KafkaJsClient({ clientId: 'bench-relay', brokers, security });
  cleanup.add('close client', () => client.close());
  const producer = client.producer();
  await producer.connect();
  cleanup.add('disconnect relay producer', () => producer.disconnect());
  await producer.send([{ topic: RELAY_TOPIC, key: 'warm-up', value: 'warm-up', headers: {} }]);
  const relay = new OutboxRelay(producer, { databaseUrl: url, schema, batchSize, pollIntervalMs: 1_000, registry: new Registry() });
  if (!(await relay.acquire())) throw new Error('the bench relay could not take its outbox lock');
  cleanup.add('release relay lock', () => relay.release());

  // Rounds, each: pre-fill (not timed), the bare producer sends those very records, the relay drains
  // them. Alternating keeps both on the same machine state; the ratio is the median of the rounds'.
  const outbox = new Outbox('bench');
  const perRound = Math.ceil(events / ROUNDS);
  let prefillMs = 0;
  let avgRecordBytes = 0;
  const rounds: { baselineMs: number; relay: DrainStats }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t = performance.now();
    for (let from = 0; from < perRound; from += 1_000) {
      const chunk = Array.from({ length: Math.min(1_000, perRound - from) }, (_, i) => item(round * perRound + from + i, aggregates));
      await ds.transaction((em) => outbox.addAll(em, definition, chunk));
    }
    prefillMs += performance.now() - t;
    // The baseline sends byte-for-byte the records the relay will send.
    const rows: { key: string; headers: Record<string, string>; payload: string }[] = await ds.query(
      `SELECT key, headers, payload::text AS payload FROM outbox WHERE sent_at IS NULL ORDER BY id`,
    );
    const records = rows.map((r) => ({ key: r.key, value: r.payload, headers: r.headers }));
    avgRecordBytes = records.reduce((sum, r) => sum + r.key.length + r.value.length + Object.entries(r.headers).reduce((h, [k, v]) => h + k.length + v.length, 0), 0) / records.length;
    const baselineStart = performance.now();
    for (let from = 0; from < records.length; from += batchSize) {
      await bare.sendBatch({ acks: -1, topicMessages: [{ topic: BASELINE_TOPIC, messages: records.slice(from, from + batchSize) }] });
    }
    const baselineMs = performance.now() - baselineStart;
    rounds.push({ baselineMs, relay: await drain(relay, ds, perRound) });
  }

  // Sanity check on the broker side: records on the relay topic (events + 1 warm-up).
  let brokerRecords: number | undefined;
  try {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(RELAY_TOPIC);
      brokerRecords = offsets.reduce((sum, o) => sum + Number(o.high) - Number(o.low), 0) - 1; // minus the warm-up
    } finally {
      await admin.disconnect();
    }
  } catch {
    brokerRecords = undefined;
  }

  const total = perRound * ROUNDS;
  const baselineMs = rounds.reduce((sum, r) => sum + r.baselineMs, 0);
  const relayMs = rounds.reduce((sum, r) => sum + r.relay.ms, 0);
  const ratios = rounds.map((r) => (r.baselineMs / r.relay.ms)).sort((a, b) => a - b);
  const ratio = ratios[Math.floor(ratios.length / 2)];
  return {
    events: total,
    batchSize,
    avgRecordBytes,
    prefillMs,
    baseline: { ms: baselineMs, eventsPerSecond: (total / baselineMs) * 1000 },
    relay: {
      ms: relayMs,
      eventsPerSecond: (total / relayMs) * 1000,
      batches: rounds.reduce((sum, r) => sum + r.relay.batches, 0),
      slowestBatchMs: Math.max(...rounds.map((r) => r.relay.slowestBatchMs)),
    },
    roundRatios: ratios,
    ratio,
    brokerRecords,
    goal,
    met: ratio >= goal,
  };
}

/** drainOnce() in a loop until the outbox is empty; checks nothing was left unsent. */
async function drain(relay: OutboxRelay, ds: DataSource, expected: number): Promise<DrainStats> {
  let sent = 0;
  let batches = 0;
  let slowestBatchMs = 0;
  const start = performance.now();
  for (;;) {
    const t = performance.now();
    const n = await relay.drainOnce();
    if (n === 0) break;
    slowestBatchMs = Math.max(slowestBatchMs, performance.now() - t);
    sent += n;
    batches++;
  }
  const ms = performance.now() - start;
  const [{ unsent }] = await ds.query(`SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL`);
  if (sent !== expected || unsent !== 0) throw new Error(`relay published ${sent} of ${expected}; ${unsent} left unsent`);
  return { ms, eventsPerSecond: (sent / ms) * 1000, batches, slowestBatchMs };
}

export function printRelayThroughput(r: RelayThroughputResult): void {
  console.log(`\n== relay throughput: ${fmt(r.events)} events (~${fmt(r.avgRecordBytes)} B each) in ${ROUNDS} alternated rounds, batches of ${r.batchSize}, ${BENCH_PARTITIONS} partitions`);
  console.log(`   outbox pre-fill (not timed)            ${fmt(r.prefillMs)} ms`);
  console.log(`   baseline  bare kafkajs sendBatch        ${fmt(r.baseline.eventsPerSecond).padStart(8)} events/s  (${fmt(r.baseline.ms)} ms)`);
  console.log(
    `   relay     OutboxRelay.drainOnce() loop  ${fmt(r.relay.eventsPerSecond).padStart(8)} events/s  (${fmt(r.relay.ms)} ms, ${r.relay.batches} drainOnce calls, slowest ${fmt(r.relay.slowestBatchMs)} ms)`,
  );
  console.log(`   ratio relay/baseline, median of rounds  ${fmt(r.ratio, 2)}   (rounds: ${r.roundRatios.map((x) => fmt(x, 2)).join(', ')})`);
  if (r.brokerRecords !== undefined) console.log(`   records on the relay topic              ${fmt(r.brokerRecords)} (expected ${fmt(r.events)})`);
  console.log(`   goal relay >= ${fmt(r.goal, 1)}x the bare producer      ${verdict(r.met)}`);
}

if (isMain(import.meta.url)) {
  runAsScript('relay-throughput', async () => printRelayThroughput(await runRelayThroughput()), 240_000);
}
