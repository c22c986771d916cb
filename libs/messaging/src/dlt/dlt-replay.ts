import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners, type IHeaders } from 'kafkajs';
import { kafkaJsSecurity, type KafkaSecurity } from '../kafka/kafka-security.js';

export interface DltReplayOptions {
  brokers: string[];
  security?: KafkaSecurity;
  /** The dead-letter topic, `<topic>.dlt`. */
  dlt: string;
  /** Report what would be replayed; publish nothing and remember nothing. */
  dryRun: boolean;
  /** At most this many records (default: all that are in the DLT when the run starts). */
  limit?: number;
  log: (line: string) => void;
}

export interface DltReplayResult {
  seen: number;
  replayed: number;
  byReason: Record<string, number>;
}

const DLT_HEADER = /^dlt_/;

function headerStrings(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[name] = first.toString();
  }
  return out;
}

/**
 * Publishes dead-lettered records back to the topic they came from (same key, so the same
 * partition; the original CloudEvent headers, without the dlt_* ones). Each consumer group then
 * sees the event again: the one that failed applies it, the others drop it in their inbox. The
 * run reads what the DLT holds when it starts, as consumer group `dlt-replay.<dlt>`, so a second
 * run resumes after the first instead of replaying again. A dry run reads with a throwaway group.
 */
export async function replayDeadLetters(options: DltReplayOptions): Promise<DltReplayResult> {
  const kafka = new Kafka({ clientId: 'dlt-replay', brokers: options.brokers, ...kafkaJsSecurity(options.security), logLevel: logLevel.ERROR });
  const admin = kafka.admin();
  await admin.connect();
  const groupId = options.dryRun ? `dlt-replay-dry-run.${randomUUID()}` : `dlt-replay.${options.dlt}`;
  const result: DltReplayResult = { seen: 0, replayed: 0, byReason: {} };
  try {
    const ends = new Map((await admin.fetchTopicOffsets(options.dlt)).map((p) => [p.partition, BigInt(p.high)]));
    const committed = await admin.fetchOffsets({ groupId, topics: [options.dlt] });
    const starts = new Map(committed[0].partitions.map((p) => [p.partition, p.offset === '-1' ? 0n : BigInt(p.offset)]));
    const pending = new Set([...ends].filter(([partition, high]) => high > (starts.get(partition) ?? 0n)).map(([partition]) => partition));
    if (pending.size === 0) {
      options.log(`${options.dlt}: nothing to replay`);
      return result;
    }
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
    const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
    if (!options.dryRun) await producer.connect();
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [options.dlt], fromBeginning: true });
      const limit = options.limit ?? Number.MAX_SAFE_INTEGER;
      await new Promise<void>((resolve, reject) => {
        consumer
          .run({
            autoCommit: false,
            eachMessage: async ({ partition, message }) => {
              if (!pending.has(partition)) return;
              if (BigInt(message.offset) >= ends.get(partition)! || result.seen >= limit) {
                pending.delete(partition);
                if (pending.size === 0 || result.seen >= limit) resolve();
                return;
              }
              result.seen++;
              const headers = headerStrings(message.headers);
              const reason = headers.dlt_reason ?? 'unknown';
              result.byReason[reason] = (result.byReason[reason] ?? 0) + 1;
              const target = headers.dlt_original_topic;
              options.log(
                `${options.dryRun ? 'would replay' : 'replaying'} ${options.dlt}[${partition}]@${message.offset} → ${target ?? '(no dlt_original_topic: skipped)'}: ` +
                  `${headers.ce_type ?? '?'} ${headers.ce_id ?? '?'} (${reason}, consumer ${headers.dlt_consumer ?? '?'}): ${headers.dlt_error ?? ''}`,
              );
              if (!options.dryRun && target) {
                const original = Object.fromEntries(Object.entries(headers).filter(([name]) => !DLT_HEADER.test(name)));
                await producer.send({ topic: target, acks: -1, messages: [{ key: message.key, value: message.value, headers: original }] });
                result.replayed++;
              }
              if (!options.dryRun) await consumer.commitOffsets([{ topic: options.dlt, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
              if (BigInt(message.offset) + 1n >= ends.get(partition)!) pending.delete(partition);
              if (pending.size === 0 || result.seen >= limit) resolve();
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect().catch(() => undefined);
      if (!options.dryRun) await producer.disconnect().catch(() => undefined);
    }
    if (options.dryRun) await admin.deleteGroups([groupId]).catch(() => undefined);
    options.log(`${options.dlt}: ${result.seen} record(s) ${options.dryRun ? 'would be replayed' : `read, ${result.replayed} replayed`} ${JSON.stringify(result.byReason)}`);
    return result;
  } finally {
    await admin.disconnect();
  }
}
