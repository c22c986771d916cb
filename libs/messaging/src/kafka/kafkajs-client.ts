import { Logger } from '@nestjs/common';
import { Kafka, logLevel, Partitioners, type Admin, type IHeaders, type LogEntry, type Message } from 'kafkajs';
import './kafkajs-idle-fix.js';
import { kafkaJsSecurity, type KafkaSecurity } from './kafka-security.js';
import { DEFAULT_COMMIT_INTERVAL_MS, LazyOffsetCommits } from './lazy-offset-commits.js';
import { UnacknowledgedPartitionsError, unacknowledgedPartitions } from './partition-acks.js';
import type { BrokerClient, ConsumerOptions, EventConsumer, EventProducer, IncomingRecord, OutgoingRecord } from './broker-client.js';

function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[name] = first.toString();
  }
  return out;
}

function logCreator(logger: Logger) {
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, ...extra } = log;
      if (level <= logLevel.ERROR) logger.error({ ...extra }, `kafka: ${message}`);
      else if (level === logLevel.WARN) logger.warn({ ...extra }, `kafka: ${message}`);
    };
}

export interface KafkaJsClientOptions {
  clientId: string;
  brokers: string[];
  security?: KafkaSecurity;
}

/**
 * The record's CreateTime is the event's own `ce_time`, never the moment of publishing: on the data
 * teams' topics that time is the day (R12), and a finer broker timestamp would undo it.
 */
function recordTime(headers: Record<string, string>): { timestamp?: string } {
  const at = headers.ce_time ? Date.parse(headers.ce_time) : Number.NaN;
  return Number.isFinite(at) ? { timestamp: String(at) } : {};
}

/** kafkajs behind BrokerClient: idempotent producer, acks=all, manual offset resolution. */
export class KafkaJsClient implements BrokerClient {
  private readonly kafka: Kafka;
  private readonly logger = new Logger('Kafka');
  private admin?: Promise<Admin>;

  constructor(options: KafkaJsClientOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      ...kafkaJsSecurity(options.security),
      logLevel: logLevel.WARN,
      logCreator: logCreator(this.logger),
      retry: { initialRetryTime: 100, maxRetryTime: 5_000, retries: 10 },
    });
  }

  producer(): EventProducer {
    // The partition kafkajs chose for each message object (its last choice, after any retry).
    const chosen = new WeakMap<Message, number>();
    // Idempotence + one request in flight: retries can neither duplicate nor reorder a partition.
    // The murmur2 partitioner matches the Java client, so other consumers agree on key → partition.
    const create = () =>
      this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: () => {
          const murmur2 = Partitioners.DefaultPartitioner();
          return (args) => {
            const partition = murmur2(args);
            chosen.set(args.message, partition);
            return partition;
          };
        },
      });
    let current = create();
    let ready: Promise<void> | undefined;
    const connected = () => (ready ??= current.connect().catch((err) => ((ready = undefined), Promise.reject(err))));
    // After a failed send kafkajs rolls back the sequence numbers of every partition in a failed
    // request, including batches the broker did write (a timeout, a closed connection, one
    // partition's error). The next batch would reuse them, and the broker would drop it as a
    // duplicate while answering success. A new producer id makes every later batch new.
    const replace = async (failed: typeof current) => {
      if (current !== failed) return;
      current = create();
      ready = undefined;
      await failed.disconnect().catch(() => undefined);
    };
    return {
      connect: async () => {
        await connected();
      },
      disconnect: async () => {
        ready = undefined;
        await current.disconnect();
      },
      async send(records: OutgoingRecord[]) {
        if (records.length === 0) return;
        const byTopic = new Map<string, Message[]>();
        for (const r of records) {
          const messages = byTopic.get(r.topic) ?? [];
          messages.push({ key: r.key, value: r.value, headers: r.headers, ...recordTime(r.headers) });
          byTopic.set(r.topic, messages);
        }
        await connected();
        const producer = current;
        try {
          const acks = await producer.sendBatch({
            acks: -1,
            topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
          });
          const sent = [...byTopic].flatMap(([topic, messages]) => messages.map((m) => ({ topic, partition: chosen.get(m) ?? -1 })));
          const missing = unacknowledgedPartitions(sent, acks);
          if (missing.length > 0) throw new UnacknowledgedPartitionsError(missing);
        } catch (err) {
          await replace(producer);
          throw err;
        }
      },
    };
  }

  consumer(options: ConsumerOptions): EventConsumer {
    const consumer = this.kafka.consumer({
      groupId: options.groupId,
      maxWaitTimeInMs: options.maxWaitTimeInMs,
      sessionTimeout: options.sessionTimeout,
      rebalanceTimeout: options.sessionTimeout,
      heartbeatInterval: options.heartbeatInterval,
      allowAutoTopicCreation: false,
    });
    const commits = new LazyOffsetCommits(options.commitIntervalMs ?? DEFAULT_COMMIT_INTERVAL_MS);
    return {
      async start(onBatch) {
        const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
        await consumer.connect();
        await consumer.subscribe({ topics: options.topics, fromBeginning: options.fromBeginning });
        await consumer.run({
          // kafkajs's autoCommit sends an OffsetCommit after EVERY batch and the partition's next
          // fetch waits for it (about 11 ms on Kafka 4's group coordinator). See LazyOffsetCommits.
          autoCommit: false,
          eachBatchAutoResolve: false,
          partitionsConsumedConcurrently: options.partitionsConcurrently ?? 1,
          eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, uncommittedOffsets, isRunning, isStale }) => {
            commits.bind({ all: () => commitOffsetsIfNecessary(uncommittedOffsets()) });
            const records: IncomingRecord[] = batch.messages.map((m) => ({
              topic: batch.topic,
              partition: batch.partition,
              offset: m.offset,
              key: m.key?.toString() ?? null,
              value: m.value?.toString() ?? null,
              headers: headersToStrings(m.headers),
            }));
            await commits.around(() =>
              onBatch({
                topic: batch.topic,
                partition: batch.partition,
                records,
                resolve: (r) => resolveOffset(r.offset),
                heartbeat,
                commit: (opts) => commits.commit(opts),
                isRunning,
                isStale,
              }),
            );
          },
        });
        await joined;
      },
      async stop() {
        await commits.stopping();
        await consumer.disconnect();
      },
    };
  }

  async ping(timeoutMs: number): Promise<void> {
    this.admin ??= (async () => {
      const admin = this.kafka.admin();
      await admin.connect();
      return admin;
    })();
    const admin = await this.admin.catch((err) => {
      this.admin = undefined;
      throw err;
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        admin.describeCluster(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('broker ping timed out')), timeoutMs))),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const admin = await this.admin?.catch(() => undefined);
    await admin?.disconnect();
  }
}
