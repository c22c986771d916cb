import { Logger } from '@nestjs/common';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { consumerRegistrationProblem, deadLetterTopic, EnvelopeError, fromKafkaRecord, type CloudEvent } from '#contracts';
import { isDatabaseUnavailable, isTransactionConflict, RequestContext } from '#platform';
import type { BatchContext, BrokerClient, EventConsumer, EventProducer, IncomingRecord } from '../kafka/broker-client.js';
import type { EventValidator } from '../schema/event-validator.js';
import type { EventHandler } from './event-handler.js';

export interface ConsumerRunnerOptions {
  maxAttempts: number;
  retryBackoffMs: number;
  maxWaitTimeInMs: number;
  sessionTimeout: number;
  heartbeatInterval: number;
  registry: Registry;
  /** Tests may run ad-hoc handlers; services always use registered consumer groups. */
  registered?: false;
}

type Outcome = 'applied' | 'duplicate' | 'ignored' | 'dead-lettered';

/** Longest wait between retries of an infrastructure failure (they are retried without limit). */
const MAX_INFRA_BACKOFF_MS = 10_000;

/** The batch was revoked or the consumer is stopping while we waited: leave the record unresolved. */
class Abandoned extends Error {}

/** Failures that say nothing about the event: the database is away, or the transaction lost a race. */
export function isInfrastructureFailure(err: unknown): boolean {
  return isDatabaseUnavailable(err) || isTransactionConflict(err);
}

class PoisonMessage extends Error {
  constructor(
    readonly reason: 'envelope' | 'schema' | 'handler',
    message: string,
    readonly attempts: number,
  ) {
    super(message);
  }
}

/**
 * Runs one handler as one consumer group. Per record: parse the CloudEvent, validate its payload,
 * then apply it in a transaction that first claims (consumer, event id) in the inbox; a
 * duplicate delivery is skipped. Poison records (bad envelope, bad payload, a handler that keeps
 * rejecting the event) go to `<topic>.dlt` so the partition keeps moving. Infrastructure failures
 * (database unreachable, shutdown, serialization or deadlock) never do: the partition waits on that
 * record and retries with backoff, heartbeating, for as long as it takes.
 */
export class ConsumerRunner {
  private readonly logger: Logger;
  private consumer?: EventConsumer;
  private readonly outcomes: Counter;
  private readonly duration: Histogram;
  private readonly infraRetries: Counter;
  private readonly types: Set<string>;

  constructor(
    private readonly handler: EventHandler,
    private readonly dataSource: DataSource,
    private readonly client: BrokerClient,
    private readonly deadLetters: EventProducer,
    private readonly validator: EventValidator,
    private readonly options: ConsumerRunnerOptions,
  ) {
    this.logger = new Logger(`Consumer:${handler.consumer}`);
    this.types = new Set(handler.handles.map((d) => d.type));
    const registers = [options.registry];
    this.outcomes =
      (options.registry.getSingleMetric('consumer_events_total') as Counter) ??
      new Counter({ name: 'consumer_events_total', help: 'Events seen by consumers, by outcome', labelNames: ['consumer', 'outcome'], registers });
    this.infraRetries =
      (options.registry.getSingleMetric('consumer_infrastructure_retries_total') as Counter) ??
      new Counter({
        name: 'consumer_infrastructure_retries_total',
        help: 'Retries of an event after an infrastructure failure (database down, deadlock); never dead-lettered',
        labelNames: ['consumer'],
        registers,
      });
    this.duration =
      (options.registry.getSingleMetric('consumer_handle_duration_seconds') as Histogram) ??
      new Histogram({
        name: 'consumer_handle_duration_seconds',
        help: 'Time to apply one event, inbox included',
        labelNames: ['consumer'],
        buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
        registers,
      });
  }

  /** Resolves once the group has its first assignment. */
  async start(): Promise<void> {
    const problem = this.options.registered === false ? undefined : consumerRegistrationProblem(this.handler.consumer, [...this.types]);
    if (problem) throw new Error(`${problem}; document it there so the AsyncAPI stays true`);
    this.consumer = this.client.consumer({
      groupId: this.handler.consumer,
      topics: [...new Set(this.handler.handles.map((d) => d.topic))],
      fromBeginning: true,
      maxWaitTimeInMs: this.options.maxWaitTimeInMs,
      sessionTimeout: this.options.sessionTimeout,
      heartbeatInterval: this.options.heartbeatInterval,
      partitionsConcurrently: 3,
    });
    await this.consumer.start((batch) => this.onBatch(batch));
  }

  /** Stops fetching, finishes the record in hand and commits resolved offsets. */
  async stop(): Promise<void> {
    await this.consumer?.stop();
  }

  private async onBatch(batch: BatchContext): Promise<void> {
    for (const record of batch.records) {
      if (!batch.isRunning() || batch.isStale()) break;
      const outcome = await this.process(record, batch);
      if (outcome === 'abandoned') break;
      this.outcomes.inc({ consumer: this.handler.consumer, outcome });
      batch.resolve(record);
      await batch.heartbeat();
    }
    await batch.commit();
  }

  private async process(record: IncomingRecord, batch: BatchContext): Promise<Outcome | 'abandoned'> {
    try {
      const event = this.parse(record);
      if (!event) return 'ignored';
      return await this.applyWithRetries(event, record, batch);
    } catch (err) {
      if (err instanceof Abandoned) return 'abandoned';
      if (!(err instanceof PoisonMessage)) throw err;
      await this.deadLetter(record, err);
      return 'dead-lettered';
    }
  }

  private parse(record: IncomingRecord): CloudEvent | undefined {
    let event: CloudEvent;
    try {
      event = fromKafkaRecord(record.headers, record.value);
    } catch (err) {
      if (err instanceof EnvelopeError) throw new PoisonMessage('envelope', err.message, 0);
      throw err;
    }
    // Other event types on a subscribed topic are someone else's business (and additive evolution).
    if (!this.types.has(event.type)) return undefined;
    const result = this.validator.validate(event.dataschema, event.data);
    if (!result.valid) throw new PoisonMessage('schema', result.errors, 0);
    return event;
  }

  private async applyWithRetries(event: CloudEvent, record: IncomingRecord, batch: BatchContext): Promise<Outcome> {
    let handlerFailures = 0;
    let infraBackoffMs = Math.max(50, this.options.retryBackoffMs);
    for (;;) {
      const end = this.duration.startTimer({ consumer: this.handler.consumer });
      let wait: number;
      try {
        return await RequestContext.run({ correlationId: event.correlationid ?? event.id, causationId: event.id }, () =>
          this.applyOnce(event, record),
        );
      } catch (err) {
        if (isInfrastructureFailure(err)) {
          this.infraRetries.inc({ consumer: this.handler.consumer });
          this.logger.warn({ err, eventId: event.id, retryInMs: infraBackoffMs }, 'infrastructure failure; partition waits and retries');
          wait = infraBackoffMs;
          infraBackoffMs = Math.min(MAX_INFRA_BACKOFF_MS, infraBackoffMs * 2);
        } else {
          handlerFailures++;
          if (handlerFailures >= this.options.maxAttempts) throw new PoisonMessage('handler', (err as Error).message, handlerFailures);
          this.logger.warn({ err, eventId: event.id, attempt: handlerFailures }, 'handler failed; retrying');
          wait = this.options.retryBackoffMs * handlerFailures;
        }
      } finally {
        end();
      }
      await this.pause(wait, batch);
    }
  }

  /** Waits while keeping the group membership; gives up the record if the partition was revoked. */
  private async pause(ms: number, batch: BatchContext): Promise<void> {
    for (let left = ms; ; left -= 1000) {
      if (!batch.isRunning() || batch.isStale()) throw new Abandoned();
      await batch.heartbeat();
      if (left <= 0) return;
      await new Promise((r) => setTimeout(r, Math.min(1000, left)));
    }
  }

  private applyOnce(event: CloudEvent, record: IncomingRecord): Promise<Outcome> {
    return this.dataSource.transaction(async (em) => {
      const claimed: unknown[] = await em.query(
        `INSERT INTO inbox (consumer, event_id, event_type, topic, partition, "offset")
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.handler.consumer, event.id, event.type, record.topic, record.partition, record.offset],
      );
      if (claimed.length === 0) return 'duplicate';
      await this.handler.handle(event, em);
      return 'applied';
    });
  }

  private async deadLetter(record: IncomingRecord, poison: PoisonMessage): Promise<void> {
    this.logger.error({ reason: poison.reason, error: poison.message, topic: record.topic, offset: record.offset }, 'sending to dead-letter topic');
    await this.deadLetters.send([
      {
        topic: deadLetterTopic(record.topic),
        key: record.key ?? '',
        value: record.value ?? '',
        headers: {
          ...record.headers,
          dlt_reason: poison.reason,
          dlt_error: poison.message.slice(0, 2000),
          dlt_attempts: String(poison.attempts),
          dlt_consumer: this.handler.consumer,
          dlt_original_topic: record.topic,
          dlt_original_partition: String(record.partition),
          dlt_original_offset: record.offset,
          dlt_failed_at: new Date().toISOString(),
        },
      },
    ]);
  }
}
