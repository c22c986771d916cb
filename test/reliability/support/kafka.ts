import { Kafka, logLevel, type Admin } from 'kafkajs';
import type { LocalKafka } from '#devkit';
import { KafkaJsClient, type IncomingRecord } from '#messaging';
import { createTestTopics, testKafkaClient } from '#testing';

function operatorKafka(broker: LocalKafka): Kafka {
  return new Kafka({ clientId: 'reliability', brokers: broker.bootstrap.split(','), sasl: broker.operator, logLevel: logLevel.NOTHING });
}

/**
 * A topic's partition offsets. Right after brokers restart, a partition's leadership may still be
 * settling ("not the leader for that topic-partition"): retried for a while.
 */
async function topicOffsets(admin: Admin, topic: string): Promise<{ partition: number; high: string; low: string }[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return await admin.fetchTopicOffsets(topic);
    } catch (err) {
      if (!(err as { retriable?: boolean }).retriable || Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 500));
      await admin.fetchTopicMetadata({ topics: [topic] }).catch(() => undefined);
    }
  }
}

/** Topics outside the registry, created as the operator, ready once every partition has a leader. */
export const createTopics = createTestTopics;

/** Node id → partitions it leads, for a topic. */
export async function leaders(broker: LocalKafka, topic: string): Promise<Map<number, number[]>> {
  const admin = operatorKafka(broker).admin();
  await admin.connect();
  try {
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    const out = new Map<number, number[]>();
    for (const p of topics[0].partitions) out.set(p.leader, [...(out.get(p.leader) ?? []), p.partitionId]);
    return out;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Every record of the topics up to their high watermarks at the time of the call, read from the
 * beginning: what a consumer group starting now would see, however slowly the machine reads.
 */
export async function readAll(broker: LocalKafka, topics: string[]): Promise<IncomingRecord[]> {
  const admin = operatorKafka(broker).admin();
  await admin.connect();
  const ends = new Map<string, bigint>();
  try {
    for (const topic of topics) {
      for (const p of await topicOffsets(admin, topic)) if (BigInt(p.high) > BigInt(p.low)) ends.set(`${topic}[${p.partition}]`, BigInt(p.high));
    }
  } finally {
    await admin.disconnect();
  }
  const client = new KafkaJsClient({ clientId: 'reliability-reader', ...testKafkaClient(broker) });
  const consumer = client.consumer({
    groupId: `reliability-reader-${Math.random().toString(36).slice(2)}`,
    topics,
    fromBeginning: true,
    maxWaitTimeInMs: 100,
    sessionTimeout: 6000,
    heartbeatInterval: 500,
  });
  const records: IncomingRecord[] = [];
  const pending = new Set(ends.keys());
  await consumer.start(async (batch) => {
    for (const r of batch.records) {
      records.push(r);
      batch.resolve(r);
      const key = `${r.topic}[${r.partition}]`;
      if (BigInt(r.offset) + 1n >= (ends.get(key) ?? 0n)) pending.delete(key);
    }
  });
  try {
    const deadline = Date.now() + 120_000;
    while (pending.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (pending.size > 0) throw new Error(`could not read to the end of ${[...pending].join(', ')} within 120 s`);
    return records;
  } finally {
    await consumer.stop();
    await client.close();
  }
}

/** Records ever written to a topic (the sum of its partitions' high watermarks). */
export async function recordsWritten(broker: LocalKafka, topic: string): Promise<number> {
  const admin = operatorKafka(broker).admin();
  await admin.connect();
  try {
    return (await topicOffsets(admin, topic)).reduce((sum, p) => sum + Number(p.high), 0);
  } finally {
    await admin.disconnect();
  }
}
