import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import type { CloudEvent, EventDefinition } from '#contracts';
import type { LocalKafka as LocalBroker } from '#devkit';
import { MESSAGING_MIGRATIONS, KafkaJsClient, Outbox, OutboxRelay, type EventProducer } from '#messaging';
import { dropSchema, testDatabaseUrl, testKafkaClient, uniqueSchema } from '#testing';

/**
 * Another service's half of the backbone, for tests: a real outbox in a throwaway schema and a
 * real relay, so events reach the broker exactly as the incidents service would publish them
 * (CloudEvents binary mode, correlation headers), without depending on that service's code.
 */
export interface ForeignPublisher {
  publish<T>(definition: EventDefinition<T>, data: T): Promise<CloudEvent<T>>;
  /** Makes the relay send an already-published event again, as after a crash before mark-sent. */
  redeliver(eventId: string): Promise<void>;
  /** Whether the relay has sent everything written so far. */
  drained(): Promise<boolean>;
  close(): Promise<void>;
}

export async function startForeignPublisher(broker: LocalBroker, source: string): Promise<ForeignPublisher> {
  const schema = uniqueSchema(`${source}_pub`);
  const url = testDatabaseUrl();
  const pg = await import('pg');
  const admin = new pg.default.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  const ds = await new DataSource({
    type: 'postgres',
    url,
    schema,
    migrations: MESSAGING_MIGRATIONS,
    migrationsRun: true,
    extra: { options: `-c search_path=${schema}`, max: 2 },
  }).initialize();
  const client = new KafkaJsClient({ clientId: `${source}-test-publisher`, ...testKafkaClient(broker) });
  const producer: EventProducer = client.producer();
  await producer.connect();
  const relay = new OutboxRelay(producer, { databaseUrl: url, schema, batchSize: 100, pollIntervalMs: 100, registry: new Registry() });
  await relay.start();
  const outbox = new Outbox(source);

  return {
    publish: (definition, data) => ds.transaction((em) => outbox.add(em, definition, data)),
    async redeliver(eventId) {
      await ds.query(`UPDATE outbox SET sent_at = NULL WHERE event_id = $1`, [eventId]);
      await ds.query(`SELECT pg_notify($1, '')`, [`outbox_${schema}`]);
    },
    async drained() {
      const [row] = await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`);
      return row.n === 0;
    },
    async close() {
      await relay.stop();
      await producer.disconnect().catch(() => undefined);
      await client.close().catch(() => undefined);
      await ds.destroy();
      await dropSchema(schema);
    },
  };
}
