// A pipeline participant in its own process, so a fault test can kill -9 it. Runs compiled
// (dist/test/reliability/support/worker.js; `npm test` builds first). Modes:
//   consumer  applies the pipeline topic through its inbox, like a service's consumer group
//   producer  writes one event every 20 ms through the outbox, prints `ack <id> <aggregate> <seq>`
//             after each commit (the 2xx), and runs the outbox relay
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { ConsumerRunner, EventValidator, KafkaJsClient, Outbox, OutboxRelay } from '#messaging';
import { Projector, StepEvent } from './steps.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

async function main(): Promise<void> {
  const url = env('WORKER_DATABASE_URL');
  const schema = env('WORKER_SCHEMA');
  const ds = await new DataSource({ type: 'postgres', url, schema, poolSize: 4, extra: { options: `-c search_path=${schema}` } }).initialize();
  const client = new KafkaJsClient({
    clientId: `worker-${process.pid}`,
    brokers: env('WORKER_BROKERS').split(','),
    security: { sasl: { mechanism: 'scram-sha-512', username: env('WORKER_SASL_USERNAME'), password: env('WORKER_SASL_PASSWORD') } },
  });
  const producer = client.producer();
  await producer.connect();
  if (env('WORKER_MODE') === 'consumer') {
    const runner = new ConsumerRunner(new Projector(), ds, client, producer, new EventValidator([StepEvent]), {
      maxAttempts: 3,
      retryBackoffMs: 20,
      maxWaitTimeInMs: 100,
      sessionTimeout: 6000,
      heartbeatInterval: 500,
      registry: new Registry(),
      registered: false,
    });
    await runner.start();
    process.stdout.write('ready\n');
    return;
  }
  const relay = new OutboxRelay(producer, { databaseUrl: url, schema, batchSize: 100, pollIntervalMs: 100, registry: new Registry(), replica: `worker-${process.pid}` });
  await relay.start();
  process.stdout.write('ready\n');
  const outbox = new Outbox('worker');
  const prefix = env('WORKER_PREFIX');
  const seqs = new Map<string, number>();
  for (let i = 0; ; i++) {
    const aggregateId = `${prefix}-${i % 20}`;
    const seq = (seqs.get(aggregateId) ?? 0) + 1;
    try {
      const [event] = await ds.transaction((em) => outbox.addAll(em, StepEvent, [{ aggregateId, seq }]));
      seqs.set(aggregateId, seq);
      process.stdout.write(`ack ${event.id} ${aggregateId} ${seq}\n`);
    } catch {
      // not acknowledged
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

main().catch((err) => {
  process.stderr.write(`worker failed: ${(err as Error).stack}\n`);
  process.exit(1);
});
