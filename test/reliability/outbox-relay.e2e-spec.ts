import { Logger } from '@nestjs/common';
import pg from 'pg';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { defineEvent } from '#contracts';
import type { LocalKafka } from '#devkit';
import { KafkaJsClient, MESSAGING_MIGRATIONS, Outbox, OutboxRelay, type EventProducer, type OutboxRelayOptions } from '#messaging';
import { dropSchema, eventually, migratedSchema, startTestBroker, testDatabaseUrl, testKafkaClient, uniqueSchema } from '#testing';
import { createTopics, readAll } from './support/kafka.js';
import { metric } from './support/database.js';

// Issue 13 defects 2 (relay deadlock after a failed publish, silent stall), 4 (split-brain relays)
// and 7 (poison rows, unbounded tables), against real PostgreSQL and a real 3-node Kafka.
interface Step {
  aggregateId: string;
  seq: number;
  blob?: string;
}
const TOPIC = 'test.relay.v1';
const StepEvent = defineEvent<Step>({
  type: 'test.relay.step',
  topic: TOPIC,
  version: 1,
  summary: 'test step',
  keyField: 'aggregateId',
  schema: { type: 'object', additionalProperties: true, required: ['aggregateId', 'seq'], properties: { aggregateId: { type: 'string' }, seq: { type: 'integer' } } },
  example: { aggregateId: 'a', seq: 1 },
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('outbox relay under faults (real PostgreSQL + 3-node Kafka)', () => {
  const url = testDatabaseUrl();
  let broker: LocalKafka;
  let client: KafkaJsClient;
  let producer: EventProducer;
  const outbox = new Outbox('test');
  const cleanup: (() => Promise<unknown>)[] = [];

  const relayOn = (schema: string, registry: Registry, extra: Partial<OutboxRelayOptions> = {}) => {
    const relay = new OutboxRelay(producer, { databaseUrl: url, schema, batchSize: 100, pollIntervalMs: 100, registry, ...extra });
    cleanup.push(() => relay.stop());
    return relay;
  };
  const schemaWithTables = async (prefix: string) => {
    const schema = uniqueSchema(prefix);
    const ds = await migratedSchema(schema, MESSAGING_MIGRATIONS);
    cleanup.push(async () => {
      await ds.destroy();
      await dropSchema(schema);
    });
    return { schema, ds };
  };
  const write = (ds: DataSource, items: Step[]) => ds.transaction((em) => outbox.addAll(em, StepEvent, items));

  beforeAll(async () => {
    Logger.overrideLogger(['fatal']);
    broker = await startTestBroker({ nodes: 3 });
    await createTopics(broker, [{ name: TOPIC, partitions: 4 }]);
    client = new KafkaJsClient({ clientId: 'relay-faults', ...testKafkaClient(broker) });
    producer = client.producer();
    await producer.connect();
  }, 120_000);

  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
  });

  afterAll(async () => {
    await producer?.disconnect().catch(() => undefined);
    await client?.close().catch(() => undefined);
    await broker?.stop();
  }, 30_000);

  it('records a failed publish (no self-deadlock), parks a row the broker rejects for good, and the rows behind it flow', async () => {
    const { schema, ds } = await schemaWithTables('relay_poison');
    const registry = new Registry();
    // 2 MB: over the broker's message.max.bytes, which no retry can fix.
    const [big] = await write(ds, [{ aggregateId: 'p-1', seq: 1, blob: 'x'.repeat(2 * 1024 * 1024) }]);
    const behind = await write(ds, Array.from({ length: 20 }, (_, i) => ({ aggregateId: `p-${i % 3}`, seq: i + 2 })));
    const relay = relayOn(schema, registry, { maxAttempts: 3 });
    await relay.start();
    const rows = await eventually(
      () => ds.query(`SELECT event_id, attempts, last_error, parked_at, sent_at FROM outbox ORDER BY id`),
      (r: { event_id: string; attempts: number; last_error: string | null; parked_at: Date | null; sent_at: Date | null }[]) => r[0].parked_at !== null && r.slice(1).every((x) => x.sent_at !== null),
      60_000,
    );
    // Batches containing it failed and were halved until it stood alone; then it was parked.
    expect(rows[0]).toMatchObject({ event_id: big.id, sent_at: null });
    expect(rows[0].attempts).toBeGreaterThanOrEqual(3);
    expect(rows[0].last_error).toMatch(/max message size|too large/i);
    expect(await metric(registry, 'outbox_parked_total')).toBe(1);
    expect(await metric(registry, 'outbox_publish_failures_total')).toBeGreaterThanOrEqual(3);
    const seen = await readAll(broker, [TOPIC]);
    expect(behind.filter((e) => !seen.some((x) => x.headers.ce_id === e.id))).toEqual([]);
    expect(seen.some((x) => x.headers.ce_id === big.id)).toBe(false);
  }, 120_000);

  it('reports a stalled relay while rows wait and nothing can be published, and recovers without a restart', async () => {
    const { schema, ds } = await schemaWithTables('relay_stall');
    const registry = new Registry();
    const relay = relayOn(schema, registry, { stallAfterMs: 1_000 });
    await relay.start();
    await eventually(async () => relay.status(), (s) => s.leader);
    await Promise.all(broker.nodeIds.map((id) => broker.killNode(id)));
    const events = await write(ds, Array.from({ length: 50 }, (_, i) => ({ aggregateId: `s-${i % 5}`, seq: i + 1 })));
    const stalled = await eventually(async () => relay.status(), (s) => s.stalled, 60_000);
    expect(stalled.leader).toBe(true);
    expect(await metric(registry, 'outbox_relay_seconds_since_progress')).toBeGreaterThan(1);
    await Promise.all(broker.nodeIds.map((id) => broker.startNode(id)));
    await eventually(() => ds.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`), (r) => r[0].n === 0, 120_000);
    expect(relay.status().stalled).toBe(false);
    const seen = await readAll(broker, [TOPIC]);
    expect(events.filter((e) => !seen.some((x) => x.headers.ce_id === e.id))).toEqual([]);
  }, 240_000);

  it('a relay whose lock connection is terminated stops publishing; only the lock holder publishes and per-aggregate order holds', async () => {
    const { schema, ds } = await schemaWithTables('relay_fence');
    const [regA, regB] = [new Registry(), new Registry()];
    const a = relayOn(schema, regA, { replica: 'a', batchSize: 20 });
    await a.start();
    await eventually(async () => a.status(), (s) => s.leader);
    const b = relayOn(schema, regB, { replica: 'b', batchSize: 20 });
    await b.start();
    const aggregates = 10;
    const perAggregate = 60;
    const items = Array.from({ length: aggregates * perAggregate }, (_, i) => ({ aggregateId: `f-${schema}-${i % aggregates}`, seq: Math.floor(i / aggregates) + 1 }));
    const half = items.length / 3;
    for (let i = 0; i < half; i += 10) await write(ds, items.slice(i, i + 10));
    await eventually(() => metric(regA, 'outbox_published_total'), (n) => n >= 100);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend($1)', [a.lockBackendPid()]);
    await admin.end();
    // Whoever holds the lock now (the other replica, or the same one after reconnecting) publishes alone.
    await sleep(1_500);
    const leader = await eventually(async () => [a, b].filter((r) => r.status().leader), (l) => l.length === 1, 30_000);
    const [follower, followerRegistry] = leader[0] === a ? [b, regB] : [a, regA];
    const publishedByFollower = await metric(followerRegistry, 'outbox_published_total');
    // A backlog both could claim at once: only the lock holder may.
    await write(ds, items.slice(half));
    await eventually(() => ds.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`), (r) => r[0].n === 0, 60_000);
    expect(follower.status().leader).toBe(false);
    expect(await metric(followerRegistry, 'outbox_published_total')).toBe(publishedByFollower);
    const records = await readAll(broker, [TOPIC]);
    // First arrival per event id, in log order per partition: the order consumers apply.
    const firstSeen = new Set<string>();
    const applied = new Map<string, number[]>();
    for (const r of records.filter((x) => x.key?.startsWith(`f-${schema}`))) {
      if (firstSeen.has(r.headers.ce_id)) continue;
      firstSeen.add(r.headers.ce_id);
      const step = JSON.parse(r.value!) as Step;
      applied.set(r.key!, [...(applied.get(r.key!) ?? []), step.seq]);
    }
    expect(firstSeen.size).toBe(items.length);
    for (const seqs of applied.values()) expect(seqs).toEqual(Array.from({ length: perAggregate }, (_, i) => i + 1));
    expect((await metric(regA, 'outbox_published_total')) + (await metric(regB, 'outbox_published_total'))).toBeGreaterThanOrEqual(items.length);
  }, 180_000);

  it('deletes sent outbox rows and inbox rows past their retention, in batches, and keeps the rest', async () => {
    const { schema, ds } = await schemaWithTables('relay_retention');
    await write(ds, Array.from({ length: 30 }, (_, i) => ({ aggregateId: 'r-1', seq: i + 1 })));
    await ds.query(`UPDATE outbox SET sent_at = now() - interval '3 days' WHERE id IN (SELECT id FROM outbox ORDER BY id LIMIT 20)`);
    await ds.query(
      `INSERT INTO inbox (consumer, event_id, event_type, topic, partition, "offset", processed_at)
       SELECT 'c', 'e-' || g, 't', 'x', 0, g, CASE WHEN g <= 2500 THEN now() - interval '40 days' ELSE now() END FROM generate_series(1, 3000) g`,
    );
    const relay = relayOn(schema, new Registry(), { sentRetentionMs: 24 * 3600_000, inboxRetentionMs: 30 * 24 * 3600_000, cleanupIntervalMs: 100 });
    await relay.start();
    await eventually(
      () => ds.query(`SELECT (SELECT count(*)::int FROM outbox) AS outbox, (SELECT count(*)::int FROM inbox) AS inbox`),
      (r) => r[0].outbox === 10 && r[0].inbox === 500,
      30_000,
    );
    // The ten recent rows were published and marked sent, not deleted.
    expect(await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at > now() - interval '1 hour'`)).toEqual([{ n: 10 }]);
  }, 60_000);
});
