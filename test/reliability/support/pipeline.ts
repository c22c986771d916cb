import { Registry } from 'prom-client';
import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { defineEvent, type CloudEvent } from '#contracts';
import type { LocalKafka } from '#devkit';
import { ConsumerRunner, EventValidator, KafkaJsClient, Outbox, OutboxRelay, type EventConsumer, type EventHandler, type EventProducer, type IncomingRecord } from '#messaging';
import { testKafkaClient } from '#testing';
import { messagingDataSource } from './database.js';

/**
 * The whole path of an event, as services run it: a write commits state and its event together,
 * the relay publishes, a consumer group applies it once through its inbox. Fault tests drive it
 * at a steady rate and compare what was acknowledged with what was applied.
 */
export interface Step {
  aggregateId: string;
  seq: number;
}
export const PIPELINE_TOPIC = 'test.pipeline.v1';
export const StepEvent = defineEvent<Step>({
  type: 'test.pipeline.step',
  topic: PIPELINE_TOPIC,
  version: 1,
  summary: 'one step of an aggregate',
  keyField: 'aggregateId',
  schema: { type: 'object', additionalProperties: false, required: ['aggregateId', 'seq'], properties: { aggregateId: { type: 'string', minLength: 1 }, seq: { type: 'integer', minimum: 1 } } },
  example: { aggregateId: 'a', seq: 1 },
});

class CreateApplied1764900009999 implements MigrationInterface {
  name = 'CreateApplied1764900009999';
  async up(q: QueryRunner) {
    await q.query(`CREATE TABLE applied (id bigserial PRIMARY KEY, event_id text NOT NULL, aggregate text NOT NULL, seq integer NOT NULL)`);
  }
  async down() {}
}

class Projector implements EventHandler {
  readonly consumer = 'test.pipeline-projector';
  readonly handles = [StepEvent];
  async handle(event: CloudEvent, em: EntityManager) {
    const step = event.data as Step;
    await em.query('INSERT INTO applied (event_id, aggregate, seq) VALUES ($1, $2, $3)', [event.id, step.aggregateId, step.seq]);
  }
}

export interface FaultReport {
  fault: string;
  writes: number;
  acknowledged: number;
  lost: number;
  duplicates: number;
  outOfOrder: number;
  deadLettered: number;
  convergenceMs: number;
}

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
  writes = 0;

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
      this.writes++;
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

  get acknowledgedCount(): number {
    return [...this.acknowledged.values()].reduce((n, a) => n + a.length, 0);
  }

  /** Waits (bounded) until every acknowledged write is applied, then compares. */
  async converge(fault: string, since: number, timeoutMs = 180_000): Promise<FaultReport> {
    const want = this.acknowledgedCount;
    const deadline = Date.now() + timeoutMs;
    let rows: { event_id: string; aggregate: string; seq: number }[] = [];
    let convergedAt = 0;
    while (Date.now() < deadline) {
      rows = await this.ds.query(`SELECT event_id, aggregate, seq FROM applied ORDER BY id`).catch(() => rows);
      const ids = new Set(rows.map((r) => r.event_id));
      if ([...this.acknowledged.values()].every((a) => a.every((e) => ids.has(e.id)))) {
        convergedAt = Date.now();
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    // Let stragglers (re-deliveries) arrive before counting duplicates.
    await new Promise((r) => setTimeout(r, 1000));
    rows = await this.ds.query(`SELECT event_id, aggregate, seq FROM applied ORDER BY id`);
    const ids = new Set(rows.map((r) => r.event_id));
    const lost = [...this.acknowledged.values()].flat().filter((e) => !ids.has(e.id)).length;
    const perAggregate = new Map<string, number[]>();
    for (const r of rows) perAggregate.set(r.aggregate, [...(perAggregate.get(r.aggregate) ?? []), r.seq]);
    let outOfOrder = 0;
    for (const seqs of perAggregate.values()) for (let i = 1; i < seqs.length; i++) if (seqs[i] <= seqs[i - 1]) outOfOrder++;
    return {
      fault,
      writes: this.writes,
      acknowledged: want,
      lost,
      duplicates: rows.length - ids.size,
      outOfOrder,
      deadLettered: this.deadLetters.length,
      convergenceMs: convergedAt ? convergedAt - since : -1,
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
    `[reliability] ${r.fault}: writes ${r.writes}, 2xx ${r.acknowledged}, lost ${r.lost}, duplicates ${r.duplicates}, out of order ${r.outOfOrder}, dead-lettered ${r.deadLettered}, converged ${(r.convergenceMs / 1000).toFixed(1)} s after the fault ended\n`,
  );
}
