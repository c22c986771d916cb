import { Logger } from '@nestjs/common';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { DataSource, EntityManager } from 'typeorm';
import { carriesTenantDistrict, consumerRegistrationProblem, deadLetterTopic, EnvelopeError, fromKafkaRecord, type CloudEvent } from '#contracts';
import { RequestContext, runInDistrict } from '#platform';
import type { BatchContext, BrokerClient, EventConsumer, EventProducer, IncomingRecord } from '../kafka/broker-client.js';
import type { EventValidator } from '../schema/event-validator.js';
import { Abandoned, HandlerFailed, isInfrastructureFailure, PoisonMessage } from './consumer-failures.js';
import type { ConsumerGroup } from './consumer-group.js';
import { InboxClaims } from './inbox-claims.js';

export { isInfrastructureFailure } from './consumer-failures.js';

export interface ConsumerRunnerOptions {
  maxAttempts: number;
  retryBackoffMs: number;
  maxWaitTimeInMs: number;
  sessionTimeout: number;
  heartbeatInterval: number;
  /** Longest time an applied event's offset waits to be committed (see LazyOffsetCommits). */
  commitIntervalMs?: number;
  /**
   * Most events applied in one database transaction (default 50). Each event takes a savepoint,
   * hence a subtransaction id; above 64 in one transaction PostgreSQL's per-backend subxid cache
   * overflows and every other session's snapshots get slower while it is open.
   */
  maxBatchEvents?: number;
  registry: Registry;
  /** The district of events that name none (published before tenancy); unset, events run in none. */
  defaultDistrictId?: string;
  /** The district's time zone (the district directory), set on the context its events are applied in. */
  timeZoneOf?: (districtId: string) => string | undefined;
  /** Tests may run ad-hoc handlers; services always use registered consumer groups. */
  registered?: false;
}

type Outcome = 'applied' | 'duplicate' | 'ignored' | 'dead-lettered';

/** Longest wait between retries of an infrastructure failure (they are retried without limit). */
const MAX_INFRA_BACKOFF_MS = 10_000;
export const DEFAULT_MAX_BATCH_EVENTS = 50;

/** A fetched record after parsing: the event to apply, nothing to do (`ignored`), or poison. */
type Planned = { record: IncomingRecord; event?: CloudEvent; poison?: PoisonMessage };
/** What one transaction did with a chunk's prefix: an outcome per record, with the poison to dead-letter. */
type Done = { outcome: Outcome; poison?: PoisonMessage };
/** How a transaction applies its chunk: `careful` with a savepoint per event, after `failed` broke the first pass. */
type Pass = { careful: boolean; open: boolean; failed?: HandlerFailed };
/** A transaction's result; `heartbeatError` (a rebalance) is rethrown once the prefix is committed. */
type Applied = { done: Done[]; heartbeatError?: unknown };

/**
 * Runs one consumer group. A fetched batch (one partition, in offset order) is
 * applied in chunks of at most `maxBatchEvents`, each in ONE database transaction: the inbox
 * claims of (consumer, event id) of the whole chunk in one INSERT (a duplicate delivery is
 * skipped), then per event a savepoint and the handler. Poison records (bad envelope, bad payload, a handler that keeps rejecting the event:
 * rolled back to its savepoint) go to `<topic>.dlt` after the commit, so the partition keeps
 * moving. Offsets are resolved only after the commit. Infrastructure failures (database
 * unreachable, shutdown, serialization or deadlock) roll the whole chunk back and are never
 * dead-lettered: the partition waits and retries the chunk with backoff, heartbeating, for as long
 * as it takes.
 */
export class ConsumerRunner {
  private readonly logger: Logger;
  private consumer?: EventConsumer;
  private readonly outcomes: Counter;
  private readonly duration: Histogram;
  private readonly infraRetries: Counter;
  private readonly types: Set<string>;
  /** Handled types whose payload districtId is the tenant (all but the registry's, see defineEvent). */
  private readonly tenantTypes: Set<string>;
  private readonly maxBatchEvents: number;

  constructor(
    private readonly handler: ConsumerGroup,
    private readonly dataSource: DataSource,
    private readonly client: BrokerClient,
    private readonly deadLetters: EventProducer,
    private readonly validator: EventValidator,
    private readonly options: ConsumerRunnerOptions,
  ) {
    this.logger = new Logger(`Consumer:${handler.consumer}`);
    this.types = new Set(handler.handles.map((d) => d.type));
    this.tenantTypes = new Set(handler.handles.filter((d) => carriesTenantDistrict(d)).map((d) => d.type));
    this.maxBatchEvents = Math.max(1, options.maxBatchEvents ?? DEFAULT_MAX_BATCH_EVENTS);
    const registers = [options.registry];
    this.outcomes =
      (options.registry.getSingleMetric('consumer_events_total') as Counter) ??
      new Counter({ name: 'consumer_events_total', help: 'Events seen by consumers, by outcome', labelNames: ['consumer', 'outcome'], registers });
    this.infraRetries =
      (options.registry.getSingleMetric('consumer_infrastructure_retries_total') as Counter) ??
      new Counter({
        name: 'consumer_infrastructure_retries_total',
        help: 'Retries of an event batch after an infrastructure failure (database down, deadlock); never dead-lettered',
        labelNames: ['consumer'],
        registers,
      });
    this.duration =
      (options.registry.getSingleMetric('consumer_handle_duration_seconds') as Histogram) ??
      new Histogram({
        name: 'consumer_handle_duration_seconds',
        help: 'Time to apply one event, inbox included (the batch commit excluded)',
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
      commitIntervalMs: this.options.commitIntervalMs,
      partitionsConcurrently: 3,
    });
    await this.consumer.start((batch) => this.onBatch(batch));
  }

  /** Stops fetching, commits the events applied so far in the chunk in hand and their offsets. */
  async stop(): Promise<void> {
    await this.consumer?.stop();
  }

  private async onBatch(batch: BatchContext): Promise<void> {
    let next: Planned | undefined;
    const sent = { deadLetters: 0 };
    for (let i = 0; i < batch.records.length; ) {
      if (!batch.isRunning() || batch.isStale()) break;
      const { chunk, districtId, after } = this.nextChunk(batch.records, i, next);
      const done = await this.applyChunk(chunk, batch, districtId, sent);
      if (done < chunk.length) break;
      i += chunk.length;
      next = after;
    }
    // The inbox keeps no row for a dead-lettered record: commit its offset now, so a restart does not dead-letter it twice.
    await batch.commit({ now: sent.deadLetters > 0 });
  }

  /**
   * The next chunk: at most maxBatchEvents records whose events all belong to one district, so its
   * transaction (and every row and event it writes) is that district's under row-level security.
   * The record of another district that ends it comes back as `after`, already planned (parsed and
   * validated), to start the next chunk.
   */
  private nextChunk(records: IncomingRecord[], from: number, first?: Planned): { chunk: Planned[]; districtId?: string; after?: Planned } {
    const chunk: Planned[] = [];
    let districtId: string | undefined;
    for (let i = from; i < records.length && chunk.length < this.maxBatchEvents; i++) {
      const planned = i === from && first ? first : this.plan(records[i]);
      const district = planned.event ? (planned.event.districtid ?? this.options.defaultDistrictId) : undefined;
      if (district !== undefined && districtId !== undefined && district !== districtId) return { chunk, districtId, after: planned };
      districtId ??= district;
      chunk.push(planned);
    }
    return { chunk, districtId };
  }

  private plan(record: IncomingRecord): Planned {
    let event: CloudEvent;
    try {
      event = fromKafkaRecord(record.headers, record.value);
    } catch (err) {
      if (err instanceof EnvelopeError) return { record, poison: new PoisonMessage('envelope', err.message, 0) };
      throw err;
    }
    // Other event types on a subscribed topic are someone else's business (and additive evolution).
    if (!this.types.has(event.type)) return { record };
    const result = this.validator.validate(event.dataschema, event.data);
    if (!result.valid) return { record, poison: new PoisonMessage('schema', result.errors, 0) };
    return this.inItsDistrict(record, event);
  }

  /**
   * The payload's districtId and ce_districtid must agree: one of them lying could put a record in
   * another district's rows, so a mismatch is poison. A payload district without the header (a
   * producer that sets only the payload) is the event's district.
   */
  private inItsDistrict(record: IncomingRecord, event: CloudEvent): Planned {
    const payloadDistrict = this.tenantTypes.has(event.type) ? (event.data as { districtId?: unknown } | null)?.districtId : undefined;
    if (typeof payloadDistrict !== 'string') return { record, event };
    if (event.districtid === undefined) return { record, event: { ...event, districtid: payloadDistrict } };
    if (event.districtid === payloadDistrict) return { record, event };
    const message = `payload districtId ${JSON.stringify(payloadDistrict)} differs from ce_districtid ${JSON.stringify(event.districtid)}`;
    return { record, poison: new PoisonMessage('schema', message, 0) };
  }

  /**
   * Applies a prefix of the chunk in one transaction (all of it unless the consumer stops or the
   * partition is revoked meanwhile), then dead-letters its poison and resolves its offsets in order.
   * Returns how many records were resolved.
   */
  private async applyChunk(chunk: Planned[], batch: BatchContext, districtId: string | undefined, sent: { deadLetters: number }): Promise<number> {
    let infraBackoffMs = Math.max(50, this.options.retryBackoffMs);
    let failed: HandlerFailed | undefined;
    for (;;) {
      let done: Done[];
      let heartbeatError: unknown;
      try {
        const pass: Pass = { careful: failed !== undefined, open: false, failed };
        const transaction = () => this.dataSource.transaction((em) => this.applyInTransaction(em, chunk, batch, pass));
        const work: Promise<Applied> = chunk.some((p) => p.event)
          ? districtId === undefined
            ? transaction()
            : runInDistrict(districtId, transaction, this.options.timeZoneOf?.(districtId))
          : Promise.resolve({ done: chunk.map((p): Done => (p.poison ? { outcome: 'dead-lettered', poison: p.poison } : { outcome: 'ignored' })) });
        ({ done, heartbeatError } = await work);
      } catch (err) {
        if (err instanceof HandlerFailed && !failed) {
          failed = err;
          continue;
        }
        if (!isInfrastructureFailure(err)) throw err;
        this.infraRetries.inc({ consumer: this.handler.consumer });
        this.logger.warn({ err, offset: chunk[0].record.offset, events: chunk.length, retryInMs: infraBackoffMs }, 'infrastructure failure; partition waits and retries the batch');
        try {
          await this.pause(infraBackoffMs, batch);
        } catch (abandoned) {
          if (abandoned instanceof Abandoned) return 0;
          throw abandoned;
        }
        infraBackoffMs = Math.min(MAX_INFRA_BACKOFF_MS, infraBackoffMs * 2);
        continue;
      }
      // Committed: from here on a crash re-delivers these records, and the inbox drops the applied ones.
      for (const [i, d] of done.entries()) {
        if (d.poison) {
          await this.deadLetter(chunk[i].record, d.poison);
          sent.deadLetters++;
        }
        this.outcomes.inc({ consumer: this.handler.consumer, outcome: d.outcome });
        batch.resolve(chunk[i].record);
      }
      if (heartbeatError) throw heartbeatError;
      await batch.heartbeat();
      return done.length;
    }
  }

  /**
   * The chunk's inbox rows go in first, in one INSERT (see InboxClaims). The first pass runs the
   * handlers without savepoints: one round trip fewer per event. If a handler fails there, the
   * whole transaction rolls back (HandlerFailed) and the chunk runs again with a savepoint per
   * event, that failure counting as the event's first attempt; the other events' handlers then run
   * a second time in a fresh transaction, as after any infrastructure failure. What commits is
   * what per-event savepoints alone would commit.
   */
  private async applyInTransaction(em: EntityManager, chunk: Planned[], batch: BatchContext, pass: Pass): Promise<Applied> {
    const events = chunk.flatMap((p) => (p.event ? [{ event: p.event, record: p.record }] : []));
    const claims = await InboxClaims.claim(em, this.handler.consumer, events);
    const applied = await this.applyEach(em, chunk, batch, claims, pass);
    await claims.unclaimRest(em);
    return applied;
  }

  private async applyEach(em: EntityManager, chunk: Planned[], batch: BatchContext, claims: InboxClaims, pass: Pass): Promise<Applied> {
    const done: Done[] = [];
    for (const p of chunk) {
      if (done.length > 0) {
        if (!batch.isRunning() || batch.isStale()) break;
        try {
          await batch.heartbeat();
        } catch (heartbeatError) {
          // A rebalance: keep what is applied, commit it and its offsets, then let kafkajs rejoin.
          return { done, heartbeatError };
        }
      }
      if (p.poison) done.push({ outcome: 'dead-lettered', poison: p.poison });
      else if (!p.event) done.push({ outcome: 'ignored' });
      else {
        const result = await this.applyOne(em, p.event, p.record, batch, claims, pass);
        if (result === 'abandoned') break;
        done.push(result);
      }
    }
    return { done };
  }

  /** One event; with savepoints, a handler failure rolls back to its savepoint and is retried, then poison. */
  private async applyOne(em: EntityManager, event: CloudEvent, record: IncomingRecord, batch: BatchContext, claims: InboxClaims, pass: Pass): Promise<Done | 'abandoned'> {
    const standing = claims.standing(event.id);
    if (standing === 'duplicate') return { outcome: 'duplicate' };
    const apply = async (): Promise<Done> => {
      // The chunk's district and its calendar, with this event's trace.
      const { districtId, timeZone } = RequestContext.current() ?? {};
      const outcome = await RequestContext.run({ correlationId: event.correlationid ?? event.id, causationId: event.id, districtId, timeZone }, () =>
        standing === 'claimed' ? this.handleClaimed(em, event) : this.claimAndHandle(em, event, record),
      );
      if (standing === 'claimed') claims.applied(event.id);
      return { outcome };
    };
    if (!pass.careful) {
      const end = this.duration.startTimer({ consumer: this.handler.consumer });
      try {
        return await apply();
      } catch (err) {
        if (isInfrastructureFailure(err)) throw err;
        throw new HandlerFailed(event.id, err);
      } finally {
        end();
      }
    }
    // The failure that ended the first pass is this event's first attempt (once, should its id recur in the chunk).
    let failures = 0;
    let lastError: unknown;
    if (pass.failed?.eventId === event.id) {
      [failures, lastError, pass.failed] = [1, pass.failed.error, undefined];
    }
    for (;;) {
      if (failures > 0) {
        if (failures >= this.options.maxAttempts) {
          if (standing === 'claimed') await claims.unclaim(em, event.id);
          return { outcome: 'dead-lettered', poison: new PoisonMessage('handler', (lastError as Error).message, failures) };
        }
        this.logger.warn({ err: lastError, eventId: event.id, attempt: failures }, 'handler failed; retrying');
        try {
          await this.pause(this.options.retryBackoffMs * failures, batch);
        } catch (abandoned) {
          if (abandoned instanceof Abandoned) return 'abandoned';
          throw abandoned;
        }
      }
      const end = this.duration.startTimer({ consumer: this.handler.consumer });
      // The previous event's savepoint is released with the next one's creation (COMMIT releases the last).
      await em.query(pass.open ? 'RELEASE SAVEPOINT inbox_event; SAVEPOINT inbox_event' : 'SAVEPOINT inbox_event');
      pass.open = true;
      try {
        return await apply();
      } catch (err) {
        if (isInfrastructureFailure(err)) throw err;
        await em.query('ROLLBACK TO SAVEPOINT inbox_event');
        failures++;
        lastError = err;
      } finally {
        end();
      }
    }
  }

  private async handleClaimed(em: EntityManager, event: CloudEvent): Promise<Outcome> {
    await this.handler.handle(event, em);
    return 'applied';
  }

  /** An event id met a second time in one chunk: claimed on its own, as every event was before. */
  private async claimAndHandle(em: EntityManager, event: CloudEvent, record: IncomingRecord): Promise<Outcome> {
    const claimed: unknown[] = await em.query(
      `INSERT INTO inbox (consumer, event_id, event_type, topic, partition, "offset")
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING event_id`,
      [this.handler.consumer, event.id, event.type, record.topic, record.partition, record.offset],
    );
    if (claimed.length === 0) return 'duplicate';
    await this.handler.handle(event, em);
    return 'applied';
  }

  /** Waits while keeping the group membership; gives up if the partition was revoked. */
  private async pause(ms: number, batch: BatchContext): Promise<void> {
    for (let left = ms; ; left -= 1000) {
      if (!batch.isRunning() || batch.isStale()) throw new Abandoned();
      await batch.heartbeat();
      if (left <= 0) return;
      await new Promise((r) => setTimeout(r, Math.min(1000, left)));
    }
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
