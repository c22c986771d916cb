import { Logger } from '@nestjs/common';
import { Registry } from 'prom-client';
import type { EntityManager } from 'typeorm';
import { defineEvent, type CloudEvent } from '#contracts';
import type { LocalKafka } from '#devkit';
import { ConsumerRunner, EventValidator, KafkaJsClient, MESSAGING_MIGRATIONS, Outbox, OutboxRelay, replayDeadLetters, type ConsumerGroup, type EventProducer } from '#messaging';
import { closeBrokerRig, eventually, migratedSchema, startTestBroker, testDatabaseUrl, testKafkaClient, uniqueSchema } from '#testing';
import type { DataSource } from 'typeorm';
import { createTopics } from './support/kafka.js';

// Issue 13: the DLT is no longer write-only. A record dead-lettered by a handler that rejected it
// is published back to its topic once the handler is fixed; a dry run only lists.
interface Note {
  noteId: string;
  text: string;
}
const TOPIC = 'test.dlt-replay.v1';
const NoteEvent = defineEvent<Note>({
  type: 'test.dlt-replay.note',
  topic: TOPIC,
  version: 1,
  summary: 'a note',
  keyField: 'noteId',
  schema: { type: 'object', additionalProperties: false, required: ['noteId', 'text'], properties: { noteId: { type: 'string' }, text: { type: 'string' } } },
  example: { noteId: 'n', text: 't' },
});

class Notes implements ConsumerGroup {
  readonly consumer = 'test.dlt-replay-notes';
  readonly handles = [NoteEvent];
  rejectLong = true;
  async handle(event: CloudEvent, em: EntityManager) {
    const note = event.data as Note;
    if (this.rejectLong && note.text.length > 10) throw new Error(`note ${note.noteId} is too long for this version`);
    await em.query('INSERT INTO outbox_notes (event_id, note_id) VALUES ($1, $2)', [event.id, note.noteId]);
  }
}

describe('DLT replay (npm run dlt:replay)', () => {
  const schema = uniqueSchema('dlt_replay');
  let broker: LocalKafka;
  let ds: DataSource;
  let client: KafkaJsClient;
  let producer: EventProducer;
  let relay: OutboxRelay;
  let runner: ConsumerRunner;
  const handler = new Notes();
  const consumerMetrics = new Registry();
  const lines: string[] = [];
  const replay = (dryRun: boolean) =>
    replayDeadLetters({ ...testKafkaClient(broker), dlt: `${TOPIC}.dlt`, dryRun, log: (l) => lines.push(l) });
  const applied = async () => (await ds.query('SELECT note_id FROM outbox_notes ORDER BY id')).map((r: { note_id: string }) => r.note_id);

  beforeAll(async () => {
    Logger.overrideLogger(['fatal']);
    broker = await startTestBroker({ nodes: 1 });
    await createTopics(broker, [
      { name: TOPIC, partitions: 2 },
      { name: `${TOPIC}.dlt`, partitions: 1 },
    ]);
    ds = await migratedSchema(schema, MESSAGING_MIGRATIONS);
    await ds.query('CREATE TABLE outbox_notes (id bigserial PRIMARY KEY, event_id text NOT NULL UNIQUE, note_id text NOT NULL)');
    client = new KafkaJsClient({ clientId: 'dlt-replay-test', ...testKafkaClient(broker) });
    producer = client.producer();
    await producer.connect();
    relay = new OutboxRelay(producer, { databaseUrl: testDatabaseUrl(), schema, batchSize: 50, pollIntervalMs: 100, registry: new Registry() });
    await relay.start();
    runner = new ConsumerRunner(handler, ds, client, producer, new EventValidator([NoteEvent]), {
      maxAttempts: 2,
      retryBackoffMs: 10,
      maxWaitTimeInMs: 100,
      sessionTimeout: 6000,
      heartbeatInterval: 500,
      registry: consumerMetrics,
      registered: false,
    });
    await runner.start();
  }, 120_000);

  afterAll(async () => {
    await runner?.stop();
    await relay?.stop();
    await closeBrokerRig({ producer, client, ds, broker, schema });
  }, 30_000);

  it('lists with --dry-run, then publishes dead letters back to their topic once, and the fixed handler applies them', async () => {
    const outbox = new Outbox('test');
    await ds.transaction((em) =>
      outbox.addAll(em, NoteEvent, [
        { noteId: 'n-1', text: 'short' },
        { noteId: 'n-2', text: 'much too long for v1' },
        { noteId: 'n-3', text: 'short too' },
      ]),
    );
    await eventually(applied, (a) => a.length === 2);
    // n-2 may sit on another partition than n-3: wait until it is on the DLT.
    const deadLettered = async () =>
      (await consumerMetrics.getSingleMetric('consumer_events_total')!.get()).values.find((v) => v.labels.outcome === 'dead-lettered')?.value ?? 0;
    await eventually(deadLettered, (n) => n === 1);
    handler.rejectLong = false;

    const dry = await replay(true);
    expect(dry).toMatchObject({ seen: 1, replayed: 0, byReason: { handler: 1 } });
    expect(lines.join('\n')).toMatch(/would replay .*test\.dlt-replay\.note .*note n-2 is too long/);
    await new Promise((r) => setTimeout(r, 500));
    expect(await applied()).toEqual(['n-1', 'n-3']);

    expect(await replay(false)).toMatchObject({ seen: 1, replayed: 1 });
    expect(await eventually(applied, (a) => a.length === 3)).toEqual(['n-1', 'n-3', 'n-2']);
    // A second run resumes after the first: nothing is replayed twice.
    expect(await replay(false)).toMatchObject({ seen: 0, replayed: 0 });
  }, 90_000);
});
