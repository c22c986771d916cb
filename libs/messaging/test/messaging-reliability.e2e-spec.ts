import { Logger } from '@nestjs/common';
import { Registry } from 'prom-client';
import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { defineEvent, uuid, type CloudEvent } from '#contracts';
import type { LocalKafka as LocalBroker } from '#devkit';
import { currentDistrictId, runInDistrict } from '#platform';
import { closeBrokerRig, createTestTopics, eventually, migratedSchema, startTestBroker, testDatabaseUrl, testKafkaClient, uniqueSchema } from '#testing';
import {
  ConsumerRunner,
  MESSAGING_MIGRATIONS,
  EventValidator,
  KafkaJsClient,
  Outbox,
  OutboxOutsideTransactionError,
  OutboxRelay,
  type ConsumerGroup,
  type EventConsumer,
  type EventProducer,
  type IncomingRecord,
} from '../src/index.js';

// A test-only event type on a test-only topic: the library is exercised exactly as services use it.
interface Step {
  aggregateId: string;
  seq: number;
  poison?: boolean;
}
const TOPIC = 'test.sequence.v1';
const StepEvent = defineEvent<Step>({
  type: 'test.sequence.step',
  topic: TOPIC,
  version: 1,
  summary: 'test step',
  keyField: 'aggregateId',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['aggregateId', 'seq'],
    properties: { aggregateId: { type: 'string', minLength: 1 }, seq: { type: 'integer', minimum: 1 }, poison: { type: 'boolean' } },
  },
  example: { aggregateId: 'a', seq: 1 },
});

class CreateApplied1763900009999 implements MigrationInterface {
  name = 'CreateApplied1763900009999';
  async up(q: QueryRunner) {
    await q.query(`CREATE TABLE applied (id bigserial PRIMARY KEY, event_id text NOT NULL, aggregate text NOT NULL, seq integer NOT NULL, district text)`);
  }
  async down() {}
}

class Recorder implements ConsumerGroup {
  readonly consumer = 'test.sequence-recorder';
  readonly handles = [StepEvent];
  async handle(event: CloudEvent, em: EntityManager) {
    const step = event.data as Step;
    await em.query('INSERT INTO applied (event_id, aggregate, seq, district) VALUES ($1, $2, $3, $4)', [event.id, step.aggregateId, step.seq, currentDistrictId() ?? null]);
    // It fails after writing: the batch's transaction must roll this event back alone (its savepoint).
    if (step.poison) throw new Error(`boom at ${step.aggregateId}/${step.seq}`);
  }
}

const steps = (aggregate: string, n: number, from = 1): Step[] => Array.from({ length: n }, (_, i) => ({ aggregateId: aggregate, seq: from + i }));

describe('messaging: never lost, never applied twice (real PostgreSQL + local broker)', () => {
  const schema = uniqueSchema('messaging');
  let broker: LocalBroker;
  let ds: DataSource;
  let client: KafkaJsClient;
  let producer: EventProducer;
  let relay: OutboxRelay;
  let runner: ConsumerRunner;
  let runnerRegistry: Registry;
  let dltReader: EventConsumer;
  let crashAfterPublish = false;
  const outbox = new Outbox('test');
  const validator = new EventValidator([StepEvent]);
  const deadLetters: IncomingRecord[] = [];

  const startRunner = async () => {
    runnerRegistry = new Registry();
    runner = new ConsumerRunner(new Recorder(), ds, client, producer, validator, {
      maxAttempts: 3,
      retryBackoffMs: 10,
      maxWaitTimeInMs: 100,
      sessionTimeout: 6000,
      heartbeatInterval: 500,
      registry: runnerRegistry,
      registered: false,
    });
    await runner.start();
  };
  const write = (items: Step[]) => ds.transaction((em) => outbox.addAll(em, StepEvent, items));
  const appliedFor = async (prefix: string) =>
    (await ds.query(`SELECT event_id, aggregate, seq, district FROM applied WHERE aggregate LIKE $1 ORDER BY id`, [`${prefix}%`])) as {
      event_id: string;
      aggregate: string;
      seq: number;
      district: string | null;
    }[];
  const outcome = async (name: string) =>
    ((await runnerRegistry.getSingleMetric('consumer_events_total')!.get()).values.find((v) => v.labels.outcome === name)?.value ?? 0);
  const expectEachOnce = (rows: { event_id: string }[]) => expect(new Set(rows.map((r) => r.event_id)).size).toBe(rows.length);

  beforeAll(async () => {
    // The broker-outage test makes kafkajs log expected connection errors; keep the run readable.
    Logger.overrideLogger(['fatal']);
    broker = await startTestBroker({ nodes: 3 });
    await createTestTopics(broker, [
      { name: TOPIC, partitions: 4 },
      { name: `${TOPIC}.dlt`, partitions: 1 },
    ]);
    const url = testDatabaseUrl();
    ds = await migratedSchema(schema, [...MESSAGING_MIGRATIONS, CreateApplied1763900009999]);
    client = new KafkaJsClient({ clientId: 'reliability-test', ...testKafkaClient(broker) });
    producer = client.producer();
    await producer.connect();
    relay = new OutboxRelay(producer, {
      databaseUrl: url,
      schema,
      batchSize: 200,
      pollIntervalMs: 100,
      registry: new Registry(),
      afterPublish: () => {
        if (crashAfterPublish) {
          crashAfterPublish = false;
          throw new Error('relay killed between publish and mark-sent');
        }
      },
    });
    await relay.start();
    await startRunner();
    dltReader = client.consumer({ groupId: 'dlt-reader', topics: [`${TOPIC}.dlt`], fromBeginning: true, maxWaitTimeInMs: 100, sessionTimeout: 6000, heartbeatInterval: 500 });
    await dltReader.start(async (batch) => {
      for (const r of batch.records) {
        deadLetters.push(r);
        batch.resolve(r);
      }
    });
  }, 60_000);

  afterAll(async () => {
    await dltReader?.stop();
    await runner?.stop();
    await relay?.stop();
    await closeBrokerRig({ producer, client, ds, broker, schema });
  }, 30_000);

  it('refuses to record an event outside the transaction that changes state', async () => {
    await expect(outbox.add(ds.manager, StepEvent, { aggregateId: 'x', seq: 1 })).rejects.toBeInstanceOf(OutboxOutsideTransactionError);
    await expect(ds.transaction(async (em) => {
      await outbox.add(em, StepEvent, { aggregateId: 'rolled-back', seq: 1 });
      throw new Error('state change failed');
    })).rejects.toThrow('state change failed');
    expect(await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE key = 'rolled-back'`)).toEqual([{ n: 0 }]);
  });

  it('delivers once when the relay dies between publish and mark-sent (the inbox drops the re-publish)', async () => {
    crashAfterPublish = true;
    const events = await write(Array.from({ length: 50 }, (_, i) => ({ aggregateId: `a-${i % 5}`, seq: Math.floor(i / 5) + 1 })));
    const rows = await eventually(() => appliedFor('a-'), (r) => r.length >= 50);
    await new Promise((r) => setTimeout(r, 500)); // let any straggling duplicate arrive
    const all = await appliedFor('a-');
    expect(all).toHaveLength(50);
    expectEachOnce(all);
    expect(new Set(all.map((r) => r.event_id))).toEqual(new Set(events.map((e) => e.id)));
    expect(await outcome('duplicate')).toBeGreaterThanOrEqual(1);
    expect(rows.length).toBe(50);
    const [{ unsent }] = await ds.query(`SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL`);
    expect(unsent).toBe(0);
  }, 60_000);

  it('keeps per-aggregate order across partitions', async () => {
    const items = Array.from({ length: 20 * 25 }, (_, i) => ({ aggregateId: `o-${i % 20}`, seq: Math.floor(i / 20) + 1 }));
    for (let i = 0; i < items.length; i += 50) await write(items.slice(i, i + 50));
    const rows = await eventually(() => appliedFor('o-'), (r) => r.length >= 500);
    const byAggregate = new Map<string, number[]>();
    for (const r of rows) byAggregate.set(r.aggregate, [...(byAggregate.get(r.aggregate) ?? []), r.seq]);
    expect(byAggregate.size).toBe(20);
    for (const seqs of byAggregate.values()) expect(seqs).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  }, 60_000);

  it('loses nothing and applies nothing twice when a broker is killed (kill -9) for 5 s during 1,000 writes', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ aggregateId: `b-${i % 40}`, seq: Math.floor(i / 40) + 1 }));
    await broker.killNode(2);
    const outage = new Promise((r) => setTimeout(r, 5000)).then(() => broker.startNode(2));
    for (let i = 0; i < items.length; i += 10) {
      await write(items.slice(i, i + 10));
      await new Promise((r) => setTimeout(r, 10));
    }
    await outage;
    const rows = await eventually(() => appliedFor('b-'), (r) => r.length >= 1000, 90_000);
    await new Promise((r) => setTimeout(r, 500));
    const all = await appliedFor('b-');
    expect(all).toHaveLength(1000);
    expectEachOnce(all);
    for (let a = 0; a < 40; a++) {
      expect(rows.filter((r) => r.aggregate === `b-${a}`).map((r) => r.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    }
  }, 120_000);

  it('sends a message whose handler keeps failing to the DLT after N tries, and the rest flow on', async () => {
    const items = steps('c-1', 10).map((s) => (s.seq === 4 ? { ...s, poison: true } : s));
    const [, , , poisoned] = await write(items);
    const rows = await eventually(() => appliedFor('c-'), (r) => r.length >= 9);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 5, 6, 7, 8, 9, 10]);
    const dead = await eventually(async () => deadLetters.filter((d) => d.headers.ce_id === poisoned.id), (d) => d.length === 1);
    expect(dead[0].headers).toMatchObject({
      dlt_reason: 'handler',
      dlt_attempts: '3',
      dlt_consumer: 'test.sequence-recorder',
      dlt_original_topic: TOPIC,
      ce_type: 'test.sequence.step',
    });
    expect(dead[0].headers.dlt_error).toContain('boom at c-1/4');
    expect(JSON.parse(dead[0].value!)).toMatchObject({ aggregateId: 'c-1', seq: 4, poison: true });
  }, 60_000);

  it('dead-letters payloads that fail their schema, and records without an envelope, never applying them', async () => {
    const headers = (id: string) => ({
      ce_id: id,
      ce_source: 'test',
      ce_type: StepEvent.type,
      ce_specversion: '1.0',
      ce_time: new Date().toISOString(),
      ce_subject: 'd-1',
      ce_dataschema: StepEvent.schema.$id!,
      'content-type': 'application/json',
    });
    await producer.send([
      { topic: TOPIC, key: 'd-1', value: JSON.stringify({ aggregateId: 'd-1', seq: 'one' }), headers: headers('bad-schema-1') },
      { topic: TOPIC, key: 'd-1', value: JSON.stringify({ aggregateId: 'd-1', seq: 2 }), headers: { 'content-type': 'application/json' } },
      { topic: TOPIC, key: 'd-1', value: JSON.stringify({ aggregateId: 'd-1', seq: 3 }), headers: headers('good-1') },
    ]);
    const rows = await eventually(() => appliedFor('d-'), (r) => r.length >= 1);
    expect(rows.map((r) => r.seq)).toEqual([3]);
    const dead = await eventually(async () => deadLetters.filter((d) => d.key === 'd-1'), (d) => d.length === 2);
    expect(dead.map((d) => d.headers.dlt_reason).sort()).toEqual(['envelope', 'schema']);
    expect(dead.find((d) => d.headers.dlt_reason === 'schema')!.headers.dlt_error).toMatch(/\/seq must be integer/);
    await new Promise((r) => setTimeout(r, 300));
    expect(await appliedFor('d-')).toHaveLength(1);
  }, 60_000);

  it('writes the district into the payload and ce_districtid alike, and applies the event in that district', async () => {
    const [event] = await runInDistrict('north-isd', () => write([{ aggregateId: 'n-1', seq: 1 }]));
    expect(event.districtid).toBe('north-isd');
    expect(event.data).toEqual({ aggregateId: 'n-1', seq: 1, districtId: 'north-isd' });
    const [row] = await ds.query(`SELECT headers->>'ce_districtid' AS header, payload FROM outbox WHERE event_id = $1`, [event.id]);
    expect(row).toEqual({ header: 'north-isd', payload: { aggregateId: 'n-1', seq: 1, districtId: 'north-isd' } });
    const rows = await eventually(() => appliedFor('n-'), (r) => r.length >= 1);
    expect(rows.map((r) => [r.seq, r.district])).toEqual([[1, 'north-isd']]);
  }, 60_000);

  it('dead-letters an event whose payload districtId differs from ce_districtid; a payload district without the header is the event\'s', async () => {
    const headers = (id: string, districtId?: string) => ({
      ce_id: id,
      ce_source: 'test',
      ce_type: StepEvent.type,
      ce_specversion: '1.0',
      ce_time: new Date().toISOString(),
      ce_subject: 'm-1',
      ce_dataschema: StepEvent.schema.$id!,
      'content-type': 'application/json',
      ...(districtId ? { ce_districtid: districtId } : {}),
    });
    await producer.send([
      { topic: TOPIC, key: 'm-1', value: JSON.stringify({ aggregateId: 'm-1', seq: 1, districtId: 'south-isd' }), headers: headers('district-mismatch-1', 'north-isd') },
      { topic: TOPIC, key: 'm-1', value: JSON.stringify({ aggregateId: 'm-1', seq: 2, districtId: 'south-isd' }), headers: headers('payload-district-1') },
      { topic: TOPIC, key: 'm-1', value: JSON.stringify({ aggregateId: 'm-1', seq: 3, districtId: 'north-isd' }), headers: headers('both-agree-1', 'north-isd') },
    ]);
    const rows = await eventually(() => appliedFor('m-'), (r) => r.length >= 2);
    expect(rows.map((r) => [r.seq, r.district])).toEqual([[2, 'south-isd'], [3, 'north-isd']]);
    const dead = await eventually(async () => deadLetters.filter((d) => d.key === 'm-1'), (d) => d.length === 1);
    expect(dead[0].headers).toMatchObject({ ce_id: 'district-mismatch-1', dlt_reason: 'schema', dlt_attempts: '0' });
    expect(dead[0].headers.dlt_error).toBe('payload districtId "south-isd" differs from ce_districtid "north-isd"');
    await new Promise((r) => setTimeout(r, 300));
    expect(await appliedFor('m-')).toHaveLength(2);
  }, 60_000);

  it('resumes from committed offsets after a restart: nothing re-applied, nothing skipped', async () => {
    await runner.stop();
    await write(steps('e-1', 30));
    await startRunner();
    const rows = await eventually(() => appliedFor('e-'), (r) => r.length >= 30);
    await new Promise((r) => setTimeout(r, 300));
    expect(await appliedFor('e-')).toHaveLength(30);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    // The new group member started at the committed offsets: it had no duplicates to skip.
    expect(await outcome('duplicate')).toBe(0);
    expect(await outcome('applied')).toBe(30);
  }, 60_000);
});
