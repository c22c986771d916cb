import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Kafka, logLevel } from 'kafkajs';
import { dataschemaOf, toKafkaHeaders } from '#contracts';
import { kafkaJsSecurity } from '#messaging';
import { item, sleep, until, withTimeout, type BenchContext, type BenchItem } from './support.js';

/** The bare producer → consumer half of bench/e2e-latency.ts, and what both halves share. */

export const WARM_UP = 20;
export const CONSUMER_SETTINGS = { maxWaitTimeInMs: 100, sessionTimeout: 6_000, heartbeatInterval: 500 };

/** Calls fire(i) for i in [0, count) at `rate` per second, on schedule (open loop). */
export async function paced(count: number, ratePerSecond: number, fire: (i: number) => void): Promise<number> {
  const interval = 1000 / ratePerSecond;
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const wait = start + i * interval - performance.now();
    if (wait > 0) await sleep(wait);
    fire(i);
  }
  return (count / (performance.now() - start)) * 1000;
}

export interface BareRun {
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
export async function runBare(p: BareRun): Promise<{ sendStart: Map<number, number>; sendResolved: Map<number, number>; received: Map<number, number> }> {
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
