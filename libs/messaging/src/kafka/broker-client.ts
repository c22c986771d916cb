/**
 * Our small view of a Kafka client. Everything else in the codebase talks to this, so swapping
 * kafkajs (in maintenance mode) for another KafkaJS-compatible client touches this folder only.
 */
export interface OutgoingRecord {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

export interface IncomingRecord {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

export interface BatchContext {
  topic: string;
  partition: number;
  records: IncomingRecord[];
  /** Marks a record done; its offset is committed with the next commit. */
  resolve(record: IncomingRecord): void;
  heartbeat(): Promise<void>;
  /** Commits the resolved offsets if the commit interval has passed; `now`: all of them at once. */
  commit(options?: { now?: boolean }): Promise<void>;
  isRunning(): boolean;
  isStale(): boolean;
}

export interface ConsumerOptions {
  groupId: string;
  topics: string[];
  fromBeginning: boolean;
  maxWaitTimeInMs: number;
  sessionTimeout: number;
  heartbeatInterval: number;
  /** Partitions processed in parallel (order is kept within each). */
  partitionsConcurrently?: number;
  /** Longest time a resolved offset waits to be committed (0: after every batch). The inbox absorbs the redelivery a late commit causes. */
  commitIntervalMs?: number;
}

export interface EventProducer {
  connect(): Promise<void>;
  /** Publishes with acks from all in-sync replicas; resolves once every record is acknowledged. */
  send(records: OutgoingRecord[]): Promise<void>;
  disconnect(): Promise<void>;
}

export interface EventConsumer {
  /** Joins the group and processes batches until stopped. Resolves once the first assignment arrived. */
  start(onBatch: (batch: BatchContext) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export interface BrokerClient {
  producer(): EventProducer;
  consumer(options: ConsumerOptions): EventConsumer;
  /** Cheap reachability check for readiness probes. */
  ping(timeoutMs: number): Promise<void>;
}
