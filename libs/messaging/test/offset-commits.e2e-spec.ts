import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { dataschemaOf, defineEvent, toKafkaHeaders, type CloudEvent, type EventDefinition } from '#contracts';
import type { LocalKafka } from '#devkit';
import { closeBrokerRig, createTestTopics, eventually, migratedSchema, startTestBroker, testKafkaClient, uniqueSchema } from '#testing';
import { ConsumerRunner, EventValidator, KafkaJsClient, MESSAGING_MIGRATIONS, kafkaJsSecurity, type EventProducer } from '../src/index.js';

interface Item {
  aggregateId: string;
  n: number;
}
const itemEvent = (topic: string): EventDefinition<Item> =>
  defineEvent<Item>({
    type: 'test.offsets.item',
    topic,
    version: 1,
    summary: 'test item',
    keyField: 'aggregateId',
    schema: { type: 'object', additionalProperties: false, required: ['aggregateId', 'n'], properties: { aggregateId: { type: 'string' }, n: { type: 'integer' } } },
    example: { aggregateId: 'a', n: 1 },
  });

/**
 * Offsets are committed lazily (LazyOffsetCommits), real Kafka and PostgreSQL: not after every
 * batch, but by the interval, by an idle timer, at once for a dead-lettered record, and on stop.
 * A crash before the commit (redelivery the inbox drops) is the kill -9 cases of test/reliability.
 */
describe('consumer offsets: committed lazily, never left behind', () => {
  const schema = uniqueSchema('offset_commits');
  let broker: LocalKafka;
  let ds: DataSource;
  let client: KafkaJsClient;
  let producer: EventProducer;
  let admin: Admin;
  const runners: ConsumerRunner[] = [];

  const publish = async (topic: string, items: unknown[]) => {
    const type = 'test.offsets.item';
    await producer.send(
      items.map((data, i) => ({
        topic,
        key: `k-${i % 4}`,
        value: JSON.stringify(data),
        headers: toKafkaHeaders({ id: randomUUID(), source: 'test', type, specversion: '1.0', time: new Date().toISOString(), subject: `k-${i % 4}`, dataschema: dataschemaOf(type, 1), datacontenttype: 'application/json' }),
      })),
    );
  };
  /** Committed offset and high watermark per partition (-1: nothing committed). */
  const offsets = async (group: string, topic: string) => {
    const [committed] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    const high = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)]));
    return committed.partitions.map((p) => ({ partition: p.partition, committed: Number(p.offset), high: high.get(p.partition) ?? 0 }));
  };
  /** Every partition committed up to its end (an empty one has nothing to commit). */
  const allCommitted = (rows: { committed: number; high: number }[]) => rows.every((r) => r.committed === r.high || (r.high === 0 && r.committed === -1));

  const startRunner = async (topic: string, group: string, commitIntervalMs: number) => {
    const definition = itemEvent(topic);
    const handled: string[] = [];
    const runner = new ConsumerRunner(
      { consumer: group, handles: [definition], handle: async (event: CloudEvent) => void handled.push(event.id) },
      ds,
      client,
      producer,
      new EventValidator([definition]),
      { maxAttempts: 2, retryBackoffMs: 10, maxWaitTimeInMs: 100, sessionTimeout: 6000, heartbeatInterval: 500, commitIntervalMs, registry: new Registry(), registered: false },
    );
    await runner.start();
    runners.push(runner);
    return { runner, handled };
  };

  beforeAll(async () => {
    Logger.overrideLogger(['fatal']);
    broker = await startTestBroker();
    await createTestTopics(broker, [
      ...['stop', 'idle', 'poison'].map((t) => ({ name: `test.offsets-${t}.v1`, partitions: 2 })),
      { name: 'test.offsets-poison.v1.dlt', partitions: 1 },
    ]);
    ds = await migratedSchema(schema, MESSAGING_MIGRATIONS);
    const kafka = testKafkaClient(broker);
    client = new KafkaJsClient({ clientId: 'offset-commits-test', ...kafka });
    producer = client.producer();
    await producer.connect();
    admin = new Kafka({ clientId: 'offset-commits-admin', brokers: kafka.brokers, ...kafkaJsSecurity(kafka.security), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
  }, 90_000);

  afterAll(async () => {
    for (const r of runners) await r.stop();
    await admin?.disconnect();
    await closeBrokerRig({ producer, client, ds, broker, schema });
  }, 30_000);

  it('applies a batch without committing its offsets, commits them all on stop, and a new member starts there (nothing redelivered)', async () => {
    const topic = 'test.offsets-stop.v1';
    const group = 'test.offsets-stop';
    const first = await startRunner(topic, group, 60_000);
    await publish(topic, Array.from({ length: 20 }, (_, n) => ({ aggregateId: `a-${n % 4}`, n })));
    await eventually(async () => first.handled.length, (n) => n === 20);
    // Applied and resolved, but the interval (60 s) has not passed: nothing sent to the broker yet.
    expect((await offsets(group, topic)).map((r) => r.committed)).toEqual([-1, -1]);
    await first.runner.stop();
    expect(allCommitted(await offsets(group, topic))).toBe(true);

    const second = await startRunner(topic, group, 60_000);
    await publish(topic, [{ aggregateId: 'a-0', n: 20 }]);
    await eventually(async () => second.handled.length, (n) => n >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(second.handled).toHaveLength(1);
  }, 60_000);

  it('commits what the last batches of a burst resolved once the interval has passed, while the consumer sits idle', async () => {
    const topic = 'test.offsets-idle.v1';
    const group = 'test.offsets-idle';
    const { handled } = await startRunner(topic, group, 300);
    await publish(topic, Array.from({ length: 12 }, (_, n) => ({ aggregateId: `b-${n % 4}`, n })));
    await eventually(async () => handled.length, (n) => n === 12);
    const rows = await eventually(() => offsets(group, topic), allCommitted, 10_000);
    expect(rows.reduce((sum, r) => sum + r.committed, 0)).toBe(12);
  }, 60_000);

  it("commits a dead-lettered record's offset at once (the inbox keeps no row that would stop a second dead-lettering)", async () => {
    const topic = 'test.offsets-poison.v1';
    const group = 'test.offsets-poison';
    await startRunner(topic, group, 60_000);
    await publish(topic, [{ aggregateId: 'c-0', n: 'not a number' }]);
    const rows = await eventually(() => offsets(group, topic), (r) => r.some((p) => p.high === 1) && allCommitted(r), 15_000);
    expect(rows.filter((r) => r.committed === 1)).toHaveLength(1);
  }, 60_000);
});
