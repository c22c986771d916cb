import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { LocalKafka } from '#devkit';
import { ConsumerRunner, EventValidator, KafkaJsClient, Outbox, OutboxRelay, type EventConsumer, type EventProducer, type IncomingRecord } from '#messaging';
import { testKafkaClient } from '#testing';
import { messagingDataSource } from './database.js';
import { CreateApplied1764900009999, PIPELINE_TOPIC, Projector, StepEvent } from './steps.js';

export { PIPELINE_TOPIC, StepEvent, type Step } from './steps.js';

export interface FaultReport {
  fault: string;
  writes: number;
  acknowledged: number;
  lost: number;
  duplicates: number;
  outOfOrder: number;
  deadLettered: number;
  /** From the end of the fault until every acknowledged write was applied. */
  convergenceMs: number;
  /** From the end of the load (the last write) until every acknowledged write was applied. */
  afterLoadMs: number;
}

/**
 * The whole path of an event, as services run it: a write commits state and its event together,
 * the relay publishes, a consumer group applies it once through its inbox. Fault tests drive it
 * at a steady rate and compare what was acknowledged with what was applied.
 */
export class Pipeline {
  readonly outbox = new Outbox('test');
  readonly relayRegistry = new Registry();
  readonly consumerRegistry = new Registry();
  ds!: DataSource;
  client!: KafkaJsClient;
  producer!: EventProducer;
  relay!: OutboxRelay;
  runner?: ConsumerRunner;
  private dltReader?: EventConsumer;
  readonly deadLetters: IncomingRecord[] = [];
  /** Event ids whose transaction committed (the REST 2xx), per aggregate in order. */
  readonly acknowledged = new Map<string, { id: string; seq: number }[]>();
  /** Attempted writes per aggregate prefix (one prefix per fault). */
  readonly writes = new Map<string, number>();

  constructor(
    readonly broker: LocalKafka,
    readonly databaseUrl: string,
    readonly schema: string,
  ) {}

  async start(): Promise<void> {
    this.ds = await messagingDataSource(this.databaseUrl, this.schema, [CreateApplied1764900009999], 8);
    this.client = new KafkaJsClient({ clientId: 'pipeline', ...testKafkaClient(this.broker) });
    this.producer = this.client.producer();
    await this.producer.connect();
    this.relay = this.newRelay('r1', this.relayRegistry);
    await this.relay.start();
    await this.startConsumer();
    this.dltReader = this.client.consumer({ groupId: 'pipeline-dlt', topics: [`${PIPELINE_TOPIC}.dlt`], fromBeginning: true, maxWaitTimeInMs: 100, sessionTimeout: 6000, heartbeatInterval: 500 });
    await this.dltReader.start(async (batch) => {
      for (const r of batch.records) {
        this.deadLetters.push(r);
        batch.resolve(r);
      }
    });
  }

  newRelay(replica: string, registry: Registry): OutboxRelay {
    return new OutboxRelay(this.producer, { databaseUrl: this.databaseUrl, schema: this.schema, batchSize: 100, pollIntervalMs: 100, registry, replica });
  }

  async startConsumer(): Promise<void> {
    // The settings services get under test (testBrokerEnv): 3 handler attempts, 20 ms apart.
    this.runner = new ConsumerRunner(new Projector(), this.ds, this.client, this.producer, new EventValidator([StepEvent]), {
      maxAttempts: 3,
      retryBackoffMs: 20,
      maxWaitTimeInMs: 100,
      sessionTimeout: 6000,
      heartbeatInterval: 500,
      registry: this.consumerRegistry,
      registered: false,
    });
    await this.runner.start();
  }

  async stopConsumer(): Promise<void> {
    await this.runner?.stop();
    this.runner = undefined;
  }

  /** Writes one event per `intervalMs` for `durationMs`, round-robin over `aggregates`; failed writes are not acknowledged. */
  async writeSteadily(durationMs: number, intervalMs = 20, aggregates = 20, prefix = 'agg'): Promise<void> {
    const end = Date.now() + durationMs;
    for (let i = 0; Date.now() < end; i++) {
      const aggregateId = `${prefix}-${i % aggregates}`;
      const done = this.acknowledged.get(aggregateId) ?? [];
      const seq = done.length + 1;
      this.writes.set(prefix, (this.writes.get(prefix) ?? 0) + 1);
      try {
        const [event] = await this.ds.transaction((em) => this.outbox.addAll(em, StepEvent, [{ aggregateId, seq }]));
        done.push({ id: event.id, seq });
        this.acknowledged.set(aggregateId, done);
      } catch {
        // Not acknowledged: the caller would have had a 5xx and retried.
      }
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }

  /** A write acknowledged elsewhere (a worker process). */
  recordAck(aggregateId: string, id: string, seq: number, prefix: string): void {
    this.acknowledged.set(aggregateId, [...(this.acknowledged.get(aggregateId) ?? []), { id, seq }]);
    this.writes.set(prefix, (this.writes.get(prefix) ?? 0) + 1);
  }

  private acknowledgedFor(prefix: string): { id: string; seq: number }[][] {
    return [...this.acknowledged].filter(([aggregate]) => aggregate.startsWith(`${prefix}-`)).map(([, events]) => events);
  }

  /** Waits (bounded) until every acknowledged write of `prefix` is applied, then compares. */
  async converge(fault: string, prefix: string, since: number, timeoutMs = 180_000): Promise<FaultReport> {
    const query = () => this.ds.query(`SELECT event_id, aggregate, seq FROM applied WHERE aggregate LIKE $1 ORDER BY id`, [`${prefix}-%`]) as Promise<{ event_id: string; aggregate: string; seq: number }[]>;
    const loadEnded = Date.now();
    const deadline = loadEnded + timeoutMs;
    let convergedAt = 0;
    while (Date.now() < deadline) {
      const ids = new Set((await query().catch(() => [])).map((r) => r.event_id));
      if (this.acknowledgedFor(prefix).every((a) => a.every((e) => ids.has(e.id)))) {
        convergedAt = Date.now();
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    // Let stragglers (re-deliveries) arrive before counting duplicates.
    await new Promise((r) => setTimeout(r, 1000));
    const rows = await query();
    const ids = new Set(rows.map((r) => r.event_id));
    const acknowledged = this.acknowledgedFor(prefix).flat();
    const perAggregate = new Map<string, number[]>();
    for (const r of rows) perAggregate.set(r.aggregate, [...(perAggregate.get(r.aggregate) ?? []), r.seq]);
    let outOfOrder = 0;
    for (const seqs of perAggregate.values()) for (let i = 1; i < seqs.length; i++) if (seqs[i] <= seqs[i - 1]) outOfOrder++;
    return {
      fault,
      writes: this.writes.get(prefix) ?? 0,
      acknowledged: acknowledged.length,
      lost: acknowledged.filter((e) => !ids.has(e.id)).length,
      duplicates: rows.length - ids.size,
      outOfOrder,
      deadLettered: this.deadLetters.length,
      convergenceMs: convergedAt ? convergedAt - since : -1,
      afterLoadMs: convergedAt ? convergedAt - loadEnded : -1,
    };
  }

  async stop(): Promise<void> {
    await this.dltReader?.stop().catch(() => undefined);
    await this.stopConsumer().catch(() => undefined);
    await this.relay?.stop().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
    await this.client?.close().catch(() => undefined);
    await this.ds?.destroy().catch(() => undefined);
  }
}

/** One line per fault, collected into the run's summary (and the table). */
export function printReport(r: FaultReport): void {
  process.stdout.write(
    `[reliability] ${r.fault}: writes ${r.writes}, 2xx ${r.acknowledged}, lost ${r.lost}, duplicates ${r.duplicates}, out of order ${r.outOfOrder}, dead-lettered ${r.deadLettered}, converged ${(r.convergenceMs / 1000).toFixed(1)} s after the fault ended, ${(r.afterLoadMs / 1000).toFixed(1)} s after the last write\n`,
  );
}
