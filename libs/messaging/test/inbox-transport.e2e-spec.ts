import { type INestMicroservice, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Registry } from 'prom-client';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { defineEvent, StaffAddedEvent, type CloudEvent } from '#contracts';
import type { LocalKafka as LocalBroker } from '#devkit';
import { closeBrokerRig, createTestTopics, eventually, migratedSchema, startTestBroker, testDatabaseUrl, testKafkaClient, uniqueSchema } from '#testing';
import { EventValidator, InboxConsumer, InboxContext, InboxTransport, KafkaJsClient, MESSAGING_MIGRATIONS, Outbox, OutboxRelay } from '../src/index.js';
import type { EventConsumer, EventProducer, IncomingRecord } from '../src/index.js';

// @EventPattern handlers discovered by Nest, run by the inbox transport: a handler's own error must
// reach the consumer runner, which retries then dead-letters it, and a lost database connection
// must be retried without limit, never dead-lettered (the runner's rules, see consumer-runner.ts).
interface Step {
  aggregateId: string;
  mode?: 'throws' | 'db-down' | 'conflict';
}
const TOPIC = 'test.inbox.v1';
const StepEvent = defineEvent<Step>({
  type: 'test.inbox.step',
  topic: TOPIC,
  version: 1,
  summary: 'test step',
  keyField: 'aggregateId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['aggregateId'],
    properties: { aggregateId: { type: 'string', minLength: 1 }, mode: { type: 'string', enum: ['throws', 'db-down', 'conflict'] } },
  },
  example: { aggregateId: 'a' },
});

class CreateApplied1763900019999 implements MigrationInterface {
  name = 'CreateApplied1763900019999';
  async up(q: QueryRunner) {
    await q.query(`CREATE TABLE applied (id bigserial PRIMARY KEY, consumer text NOT NULL, event_id text NOT NULL, aggregate text NOT NULL)`);
  }
  async down() {}
}

const MAX_ATTEMPTS = 2;
const DB_OUTAGES = MAX_ATTEMPTS + 1; // more than the handler retries: only an infrastructure retry gets past them
const attempts = new Map<string, number>();

@InboxConsumer('test.inbox-steps')
class StepsHandler {
  @EventPattern<string>(StepEvent.type)
  async step(@Payload() event: CloudEvent<Step>, @Ctx() { em, consumer }: InboxContext): Promise<void> {
    const s = event.data;
    const attempt = (attempts.get(s.aggregateId) ?? 0) + 1;
    attempts.set(s.aggregateId, attempt);
    await em.query('INSERT INTO applied (consumer, event_id, aggregate) VALUES ($1, $2, $3)', [consumer, event.id, s.aggregateId]);
    if (s.mode === 'throws') throw new Error(`step ${s.aggregateId} refused`);
    if (attempt > DB_OUTAGES) return;
    // Real PostgreSQL failures: the backend running this transaction is terminated (57P01), or a serialization failure (40001).
    if (s.mode === 'db-down') await em.query('SELECT pg_terminate_backend(pg_backend_pid())');
    if (s.mode === 'conflict') await em.query(`DO $$ BEGIN RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001'; END $$`);
  }
}

/** A second consumer group of the same event type in the same app: its own group and inbox key, no chaining. */
@InboxConsumer('test.inbox-audit')
class AuditHandler {
  @EventPattern<string>(StepEvent.type)
  async step(@Payload() event: CloudEvent<Step>, @Ctx() { em, consumer }: InboxContext): Promise<void> {
    await em.query('INSERT INTO applied (consumer, event_id, aggregate) VALUES ($1, $2, $3)', [consumer, event.id, event.data.aggregateId]);
  }
}

@Module({ controllers: [StepsHandler, AuditHandler] })
class StepsModule {}

/** training.roster is registered for two event types; this one handles only one. */
@InboxConsumer('training.roster')
class HalfRosterHandler {
  @EventPattern<string>(StaffAddedEvent.type)
  async staffAdded(): Promise<void> {}
}

@Module({ controllers: [HalfRosterHandler] })
class HalfRosterModule {}

describe('inbox transport: @EventPattern handlers under the hardened inbox (real PostgreSQL + local broker)', () => {
  const schema = uniqueSchema('inbox');
  const outbox = new Outbox('test');
  const deadLetters: IncomingRecord[] = [];
  let broker: LocalBroker;
  let ds: DataSource;
  let client: KafkaJsClient;
  let producer: EventProducer;
  let relay: OutboxRelay;
  let dltReader: EventConsumer;
  let transport: InboxTransport;
  let app: INestMicroservice;
  let registry: Registry;

  const write = (items: Step[]) => ds.transaction((em) => outbox.addAll(em, StepEvent, items));
  const applied = async (aggregate: string) =>
    (await ds.query(`SELECT consumer, event_id FROM applied WHERE aggregate = $1 ORDER BY id`, [aggregate])) as { consumer: string; event_id: string }[];
  const metric = async (name: string, labels: Record<string, string>) =>
    (await registry.getSingleMetric(name)!.get()).values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value ?? 0;

  beforeAll(async () => {
    Logger.overrideLogger(['fatal']);
    broker = await startTestBroker({ nodes: 1 });
    await createTestTopics(broker, [{ name: TOPIC, partitions: 2 }, { name: `${TOPIC}.dlt`, partitions: 1 }]);
    const url = testDatabaseUrl();
    ds = await migratedSchema(schema, [...MESSAGING_MIGRATIONS, CreateApplied1763900019999]);
    client = new KafkaJsClient({ clientId: 'inbox-transport-test', ...testKafkaClient(broker) });
    producer = client.producer();
    await producer.connect();
    relay = new OutboxRelay(producer, { databaseUrl: url, schema, batchSize: 100, pollIntervalMs: 100, registry: new Registry() });
    await relay.start();
    registry = new Registry();
    transport = new InboxTransport({
      dataSource: ds,
      validator: new EventValidator([StepEvent]),
      events: [StepEvent],
      runner: { maxAttempts: MAX_ATTEMPTS, retryBackoffMs: 10, maxWaitTimeInMs: 100, sessionTimeout: 6000, heartbeatInterval: 500, registry, registered: false },
    });
    app = await NestFactory.createMicroservice(StepsModule, { strategy: transport, logger: false });
    await app.listen();
    await transport.start(client, producer);
    dltReader = client.consumer({ groupId: 'dlt-reader', topics: [`${TOPIC}.dlt`], fromBeginning: true, maxWaitTimeInMs: 100, sessionTimeout: 6000, heartbeatInterval: 500 });
    await dltReader.start(async (batch) => {
      deadLetters.push(...batch.records);
      batch.records.forEach((r) => batch.resolve(r));
    });
  }, 90_000);

  afterAll(async () => {
    await dltReader?.stop();
    await app?.close();
    await relay?.stop();
    await closeBrokerRig({ producer, client, ds, broker, schema });
  }, 30_000);

  it('groups discovered handlers by consumer group: each group applies every event once, in its own inbox', async () => {
    expect(transport.consumerGroups().map((g) => [g.consumer, g.handles.map((d) => d.type)])).toEqual([
      ['test.inbox-steps', [StepEvent.type]],
      ['test.inbox-audit', [StepEvent.type]],
    ]);
    const [event] = await write([{ aggregateId: 'ok-1' }]);
    const rows = await eventually(() => applied('ok-1'), (r) => r.length >= 2);
    expect(rows.map((r) => r.consumer).sort()).toEqual(['test.inbox-audit', 'test.inbox-steps']);
    expect(new Set(rows.map((r) => r.event_id))).toEqual(new Set([event.id]));
    const inbox = (await ds.query(`SELECT consumer FROM inbox WHERE event_id = $1 ORDER BY consumer`, [event.id])) as { consumer: string }[];
    expect(inbox.map((r) => r.consumer)).toEqual(['test.inbox-audit', 'test.inbox-steps']);
  }, 60_000);

  it('retries a throwing @EventPattern handler, rolls it back to its savepoint, then dead-letters it with its own error', async () => {
    const [poisoned] = await write([{ aggregateId: 'bad-1', mode: 'throws' }]);
    const [after] = await write([{ aggregateId: 'bad-1' }]);
    const dead = await eventually(async () => deadLetters.filter((d) => d.headers.ce_id === poisoned.id), (d) => d.length === 1);
    expect(dead[0].headers).toMatchObject({ dlt_reason: 'handler', dlt_attempts: String(MAX_ATTEMPTS), dlt_consumer: 'test.inbox-steps', dlt_original_topic: TOPIC });
    // The error itself, not Nest's "Internal server error": the filter hands it through unchanged.
    expect(dead[0].headers.dlt_error).toBe('step bad-1 refused');
    const rows = await eventually(() => applied('bad-1'), (r) => r.some((x) => x.consumer === 'test.inbox-steps' && x.event_id === after.id));
    expect(rows.filter((r) => r.consumer === 'test.inbox-steps').map((r) => r.event_id)).toEqual([after.id]);
    // The other group applied the same event: one group's poison is not another's.
    expect(rows.filter((r) => r.consumer === 'test.inbox-audit').map((r) => r.event_id).sort()).toEqual([poisoned.id, after.id].sort());
    expect(await metric('consumer_events_total', { consumer: 'test.inbox-steps', outcome: 'dead-lettered' })).toBe(1);
  }, 60_000);

  it.each(['db-down', 'conflict'] as const)('retries an infrastructure failure (%s) without limit and never dead-letters it', async (mode) => {
    const before = await metric('consumer_infrastructure_retries_total', { consumer: 'test.inbox-steps' });
    const [event] = await write([{ aggregateId: mode, mode }]);
    const rows = await eventually(() => applied(mode), (r) => r.some((x) => x.consumer === 'test.inbox-steps'));
    expect(rows.filter((r) => r.consumer === 'test.inbox-steps').map((r) => r.event_id)).toEqual([event.id]);
    expect(attempts.get(mode)).toBe(DB_OUTAGES + 1);
    expect((await metric('consumer_infrastructure_retries_total', { consumer: 'test.inbox-steps' })) - before).toBe(DB_OUTAGES);
    await new Promise((r) => setTimeout(r, 500)); // a dead letter would have arrived by now
    expect(deadLetters.filter((d) => d.headers.ce_id === event.id)).toEqual([]);
  }, 60_000);

  it('refuses to listen when a discovered group does not match its CONSUMERS registration', async () => {
    const strict = new InboxTransport({
      dataSource: ds,
      validator: new EventValidator(),
      service: 'training',
      runner: { maxAttempts: 1, retryBackoffMs: 1, maxWaitTimeInMs: 100, sessionTimeout: 6000, heartbeatInterval: 500, registry: new Registry() },
    });
    const halfRoster = await NestFactory.createMicroservice(HalfRosterModule, { strategy: strict, logger: false });
    await expect(halfRoster.listen()).rejects.toThrow(/training\.roster handles \[staffing\.staff\.added\] but is registered for/);
    await halfRoster.close();
  });
});
