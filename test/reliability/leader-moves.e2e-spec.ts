import { Logger } from '@nestjs/common';
import type { LocalKafka } from '#devkit';
import { KafkaJsClient, UnacknowledgedPartitionsError, type EventProducer, type OutgoingRecord } from '#messaging';
import { startTestBroker, testKafkaClient } from '#testing';
import { createTopics, leaders, readAll } from './support/kafka.js';

// Issue 13 defect 1: kafkajs resolves a sendBatch whose partition moved onto a broker that had
// already answered, without writing it. A send that resolves must mean every record is on the log.
const TOPIC = 'test.leader-moves.v1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('producer under repeated partition leader moves (3-node Kafka)', () => {
  let broker: LocalKafka;
  let client: KafkaJsClient;
  let producer: EventProducer;

  beforeAll(async () => {
    Logger.overrideLogger(['fatal']);
    broker = await startTestBroker({ nodes: 3 });
    await createTopics(broker, [{ name: TOPIC, partitions: 6 }]);
    client = new KafkaJsClient({ clientId: 'leader-moves', ...testKafkaClient(broker) });
    producer = client.producer();
    await producer.connect();
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect().catch(() => undefined);
    await client?.close().catch(() => undefined);
    await broker?.stop();
  }, 30_000);

  it('never resolves a send unless every partition it wrote to acknowledged it', async () => {
    const acknowledged = new Set<string>();
    let sends = 0;
    let refused = 0;
    let moving = true;
    // Controlled shutdowns move every partition the node leads; the preferred-leader check (10 s)
    // moves them back after the restart.
    const moves = (async () => {
      for (const node of [1, 2, 3]) {
        const led = await leaders(broker, TOPIC);
        const leader = [...led.keys()].find((n) => n === node) ?? [...led.keys()][0];
        await broker.stopNode(leader);
        await sleep(1500);
        await broker.startNode(leader);
        await sleep(1500);
      }
      moving = false;
    })();
    for (let batch = 0; moving; batch++) {
      const records: OutgoingRecord[] = Array.from({ length: 60 }, (_, i) => ({
        topic: TOPIC,
        key: `k-${i}`,
        value: `${batch}-${i}`,
        headers: {},
      }));
      sends++;
      try {
        await producer.send(records);
        for (const r of records) acknowledged.add(r.value);
      } catch (err) {
        // Refused sends are the relay's retry; the check is that no resolved send lied.
        refused++;
        if (!(err instanceof UnacknowledgedPartitionsError)) await sleep(100);
      }
    }
    await moves;
    const seen = new Set((await readAll(broker, [TOPIC])).map((r) => r.value!));
    const lost = [...acknowledged].filter((v) => !seen.has(v));
    process.stdout.write(`[reliability] leader moves: ${sends} sends, ${refused} refused, ${acknowledged.size} acknowledged, ${lost.length} lost\n`);
    if (lost.length > 0) process.stdout.write(`[reliability] lost: ${lost.slice(0, 40).join(' ')}\n`);
    expect(acknowledged.size).toBeGreaterThan(0);
    expect(lost).toEqual([]);
  }, 240_000);
});
