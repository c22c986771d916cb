import { Logger } from '@nestjs/common';
import pg from 'pg';
import { Registry } from 'prom-client';
import type { LocalKafka } from '#devkit';
import type { OutboxRelay } from '#messaging';
import { dropSchema, eventually, startTestBroker, testDatabaseUrl, uniqueSchema } from '#testing';
import { createTopics, leaders } from './support/kafka.js';
import { Pipeline, PIPELINE_TOPIC, printReport, type FaultReport } from './support/pipeline.js';
import { startWorker } from './support/workers.js';

// Issue 13 fault suite on a real 3-node Kafka (replication 3, min.insync.replicas 2): steady writes,
// one fault, bounded convergence; then 0 acknowledged writes missing, 0 applied twice, order kept.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('delivery guarantee under broker, relay and process faults (3-node Kafka)', () => {
  const schema = uniqueSchema('faults');
  let broker: LocalKafka;
  let pipeline: Pipeline;
  let second: OutboxRelay | undefined;

  const expectGuarantee = (report: FaultReport) => {
    printReport(report);
    expect(report.acknowledged).toBeGreaterThan(0);
    expect(report).toMatchObject({ lost: 0, duplicates: 0, outOfOrder: 0, deadLettered: 0 });
    expect(report.convergenceMs).toBeGreaterThanOrEqual(0);
  };

  beforeAll(async () => {
    Logger.overrideLogger(['fatal']);
    broker = await startTestBroker({ nodes: 3 });
    await createTopics(broker, [
      { name: PIPELINE_TOPIC, partitions: 6 },
      { name: `${PIPELINE_TOPIC}.dlt`, partitions: 1 },
    ]);
    pipeline = new Pipeline(broker, testDatabaseUrl(), schema);
    await pipeline.start();
  }, 120_000);

  afterAll(async () => {
    await second?.stop().catch(() => undefined);
    await pipeline?.stop();
    await broker?.stop();
    await dropSchema(schema);
  }, 60_000);

  it('kill -9 of a broker that leads partitions', async () => {
    const writing = pipeline.writeSteadily(15_000, 20, 20, 'kill');
    await sleep(4_000);
    const led = await leaders(broker, PIPELINE_TOPIC);
    const victim = [...led.entries()].sort((a, b) => b[1].length - a[1].length)[0][0];
    await broker.killNode(victim);
    await sleep(5_000);
    await broker.startNode(victim);
    const faultEnded = Date.now();
    await writing;
    expectGuarantee(await pipeline.converge(`kill -9 broker ${victim} (leader of ${led.get(victim)!.length} partitions) for 5 s`, 'kill', faultEnded));
  }, 240_000);

  it('all brokers down for 45 s', async () => {
    const writing = pipeline.writeSteadily(55_000, 20, 20, 'down');
    await sleep(3_000);
    await Promise.all(broker.nodeIds.map((id) => broker.killNode(id)));
    await sleep(45_000);
    await Promise.all(broker.nodeIds.map((id) => broker.startNode(id)));
    const faultEnded = Date.now();
    await writing;
    expectGuarantee(await pipeline.converge('all brokers down 45 s', 'down', faultEnded));
  }, 300_000);

  it("the relay's lock connection terminated with two relays running", async () => {
    second = pipeline.newRelay('r2', new Registry());
    await second.start();
    const writing = pipeline.writeSteadily(15_000, 20, 20, 'lock');
    await sleep(4_000);
    const leader = pipeline.relay.status().leader ? pipeline.relay : second;
    const admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend($1)', [leader.lockBackendPid()]);
    await admin.end();
    const faultEnded = Date.now();
    await eventually(async () => pipeline.relay.status().leader || second!.status().leader, (l) => l, 30_000);
    await writing;
    expectGuarantee(await pipeline.converge("relay's lock connection terminated (2 relays)", 'lock', faultEnded));
  }, 240_000);

  it('kill -9 of the producing process mid-load (between publish and mark-sent, or mid-transaction)', async () => {
    await second?.stop();
    second = undefined;
    await pipeline.relay.stop();
    const setup = { broker, databaseUrl: testDatabaseUrl(), schema, prefix: 'pkill' };
    const producer = await startWorker('producer', setup, (line) => {
      const [kind, id, aggregate, seq] = line.split(' ');
      if (kind === 'ack') pipeline.recordAck(aggregate, id, Number(seq), 'pkill');
    });
    await sleep(6_000);
    await producer.kill9();
    const faultEnded = Date.now();
    // Another replica's relay takes over what the dead one left unsent.
    await pipeline.relay.start();
    expectGuarantee(await pipeline.converge('kill -9 the producing process (writes + relay) mid-load', 'pkill', faultEnded));
  }, 240_000);

  it('kill -9 of a consumer mid-backlog', async () => {
    await pipeline.stopConsumer();
    await pipeline.writeSteadily(8_000, 0, 20, 'ckill');
    const consumer = await startWorker('consumer', { broker, databaseUrl: testDatabaseUrl(), schema });
    await eventually(
      () => pipeline.ds.query(`SELECT count(*)::int AS n FROM applied WHERE aggregate LIKE 'ckill-%'`),
      (r) => r[0].n >= 200,
      60_000,
    );
    await consumer.kill9();
    const faultEnded = Date.now();
    await pipeline.startConsumer();
    expectGuarantee(await pipeline.converge('kill -9 a consumer mid-backlog', 'ckill', faultEnded));
  }, 240_000);
});
