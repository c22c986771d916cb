import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { EventProducer, OutgoingRecord } from '../kafka/broker-client.js';
import { isRejectedRecord } from './publish-errors.js';
import { runClaim, type OutboxRow } from './relay-claim.js';

export interface OutboxRelayOptions {
  databaseUrl: string;
  schema: string;
  batchSize: number;
  pollIntervalMs: number;
  registry: Registry;
  /** Failed attempts after which a row the broker rejects for good is parked (default 10). */
  maxAttempts?: number;
  /** Sent rows older than this are deleted (default 7 days). */
  sentRetentionMs?: number;
  /** Inbox rows older than this are deleted; keep it longer than any topic's retention (default 30 days). */
  inboxRetentionMs?: number;
  /** How often the leader runs the retention clean-up (default 60 s). */
  cleanupIntervalMs?: number;
  /** A leader without a successful claim for this long while rows wait is reported stalled (default 60 s). */
  stallAfterMs?: number;
  /** Tells replicas apart in pg_stat_activity (application_name). */
  replica?: string;
  /** Fault injection for tests: runs after publish, before the rows are marked sent. */
  afterPublish?: () => void;
}

export interface OutboxRelayStatus {
  leader: boolean;
  /** True when this relay leads but has not completed a claim for stallAfterMs. */
  stalled: boolean;
  msSinceProgress: number;
  lastError?: string;
}

class LeadershipLostError extends Error {
  constructor() {
    super('outbox relay no longer holds its advisory lock');
  }
}

/** A failed publish already took kafkajs' own retries (~26 s with the broker away): keep the extra wait short. */
const MAX_BACKOFF_MS = 5_000;
const CLEANUP_BATCH = 1_000;
const CLEANUP_BATCHES_PER_ROUND = 20;
/** Batches one drainOnce() pipelines before it returns (so the run loop's clean-up and stop() get their turn). */
const MAX_BATCHES_PER_DRAIN = 20;
/** Bounds on every relay statement: a lock wait or a hung statement fails instead of wedging the relay. */
const SESSION_SETTINGS = `SET statement_timeout = 15000; SET lock_timeout = 5000; SET idle_in_transaction_session_timeout = 120000`;
/**
 * Publishes outbox rows in id order. One relay per schema holds a session advisory lock (the
 * others wait). The lock, the LISTEN and every claim share one dedicated connection, and each
 * claim first checks the lock is still ours: when that connection drops, the claim and the lock
 * go together, so a replica that lost the lock cannot publish a later batch behind the new
 * leader's back (per-aggregate order). Rows are marked sent only after the broker acknowledged
 * them; a crash in between re-publishes, and consumers' inboxes drop the duplicate.
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private conn?: pg.Client;
  private leader = false;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** Set by NOTIFY; sticky, so an insert committed while a batch is in flight is not missed. */
  private notified = false;
  private backoffMs = 0;
  /** Halved after a failed batch, so a rejected row ends up alone at the head and can be parked. */
  private limit: number;
  private lastProgressAt = Date.now();
  private lastCleanupAt = 0;
  private lastError?: string;
  private readonly lockKey: string;
  private readonly published: Counter;
  private readonly lag: Gauge;
  private readonly batchSeconds: Histogram;
  private readonly failures: Counter;
  private readonly parked: Counter;
  private readonly deleted: Counter;

  constructor(
    private readonly producer: EventProducer,
    private readonly options: OutboxRelayOptions,
  ) {
    this.limit = options.batchSize;
    this.lockKey = createHash('sha256').update(`outbox-relay:${options.schema}`).digest().readBigInt64BE(0).toString();
    const registers = [options.registry];
    this.published = new Counter({ name: 'outbox_published_total', help: 'Events published by the outbox relay', registers });
    this.failures = new Counter({ name: 'outbox_publish_failures_total', help: 'Failed relay batches (publish or database)', registers });
    this.parked = new Counter({ name: 'outbox_parked_total', help: 'Outbox rows parked after the broker rejected them for good', registers });
    this.deleted = new Counter({ name: 'messaging_retention_deleted_total', help: 'Sent outbox and old inbox rows deleted', labelNames: ['table'], registers });
    this.lag = new Gauge({ name: 'outbox_lag_seconds', help: 'Age of the oldest event in the last published batch', registers });
    const relay = this;
    new Gauge({
      name: 'outbox_relay_leader',
      help: '1 while this replica holds the relay lock',
      registers,
      collect() {
        this.set(relay.leader ? 1 : 0);
      },
    });
    new Gauge({
      name: 'outbox_relay_seconds_since_progress',
      help: 'Seconds since the leading relay last completed a claim (grows while it is stuck)',
      registers,
      collect() {
        this.set(relay.leader ? (Date.now() - relay.lastProgressAt) / 1000 : 0);
      },
    });
    this.batchSeconds = new Histogram({
      name: 'outbox_batch_duration_seconds',
      help: 'Claim, publish and mark one batch',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
  }

  async start(): Promise<void> {
    this.running = true;
    this.lastProgressAt = Date.now();
    this.loop = this.run();
  }

  /** Finishes the batch in flight, then releases the lock and the connection. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** For callers that drive drainOnce() themselves (benchmarks): takes the lock without the run loop. */
  async acquire(): Promise<boolean> {
    await this.connect();
    return this.becomeLeader();
  }

  /** Releases what acquire() took. */
  async release(): Promise<void> {
    await this.disconnect();
  }

  status(): OutboxRelayStatus {
    const msSinceProgress = Date.now() - this.lastProgressAt;
    return { leader: this.leader, stalled: this.leader && msSinceProgress > (this.options.stallAfterMs ?? 60_000), msSinceProgress, lastError: this.lastError };
  }

  /** Backend pid of the lock connection (fault tests terminate it). */
  lockBackendPid(): number | undefined {
    return (this.conn as unknown as { processID?: number } | undefined)?.processID;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.connect();
        if (!(await this.becomeLeader())) {
          await this.sleep(this.options.pollIntervalMs * 5);
          continue;
        }
        while (this.running) {
          const published = await this.drainOnce();
          await this.cleanupIfDue();
          if (published < this.limit) await this.idle();
        }
      } catch (err) {
        this.failures.inc();
        this.lastError = (err as Error).message;
        this.backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(100, this.backoffMs * 2));
        this.logger.warn({ err }, `outbox relay error; retrying in ${this.backoffMs} ms`);
        if (err instanceof LeadershipLostError || !this.conn) await this.disconnect();
        await this.sleep(this.backoffMs);
      }
    }
    await this.disconnect();
  }

  /**
   * Claims, publishes and marks batches on the lock connection until a claim comes back short (or
   * MAX_BATCHES_PER_DRAIN); returns how many events went out. Pipelined: while a batch is in flight
   * to the broker, one round trip marks the previous (acknowledged) batch sent and, when the batch
   * was full, claims the next; so the broker rather than the database sets the pace. Every claim
   * checks the advisory lock in its own transaction, and a batch goes out only while that
   * connection is still ours. Rows are marked sent only after every partition acknowledged them;
   * a crash in between re-publishes them, and consumers' inboxes drop the duplicate.
   */
  async drainOnce(): Promise<number> {
    const conn = this.conn;
    if (!conn || !this.leader) throw new LeadershipLostError();
    let rows = (await this.claim(conn, [], [])) ?? [];
    let acked: OutboxRow[] = [];
    let total = 0;
    for (let batches = 1; rows.length > 0; batches++) {
      if (this.conn !== conn || !this.leader) throw new LeadershipLostError();
      const end = this.batchSeconds.startTimer();
      const records: OutgoingRecord[] = rows.map((r) => ({ topic: r.topic, key: r.key, value: r.payload, headers: r.headers }));
      const sending = this.producer.send(records).then(() => undefined, (err: Error) => err);
      // A full batch says more wait: claim them now, skipping the rows in flight.
      const skip = rows.length >= this.limit && batches < MAX_BATCHES_PER_DRAIN ? rows : undefined;
      const meanwhile = acked.length > 0 || skip ? this.claim(conn, acked, skip) : Promise.resolve(undefined);
      const [publishError, next] = await Promise.all([sending, meanwhile.then((r) => ({ r }), (err: unknown) => ({ err }))]);
      if ('err' in next) throw next.err;
      acked = [];
      if (publishError) {
        end();
        await this.recordFailure(conn, rows, publishError);
        throw publishError;
      }
      this.options.afterPublish?.();
      end();
      acked = rows;
      total += rows.length;
      this.progress(rows);
      rows = next.r ?? [];
      // Nothing claimed ahead: mark what went out and claim what arrived meanwhile, in one round trip.
      if (rows.length === 0) {
        const more = batches < MAX_BATCHES_PER_DRAIN ? [] : undefined;
        rows = (await this.claim(conn, acked, more)) ?? [];
        acked = [];
      }
    }
    return total;
  }

  /** One claim step (see runClaim); throws if the lock is no longer ours. Marks are kept either way: those rows were acknowledged. */
  private async claim(conn: pg.Client, mark: OutboxRow[], skip: OutboxRow[] | undefined): Promise<OutboxRow[] | undefined> {
    const { held, rows } = await runClaim(conn, this.lockKey, { mark, skip, limit: this.limit });
    if (!held) {
      this.leader = false;
      throw new LeadershipLostError();
    }
    return rows;
  }

  private progress(rows: OutboxRow[]): void {
    this.lastProgressAt = Date.now();
    this.lastError = undefined;
    this.backoffMs = 0;
    this.limit = Math.min(this.options.batchSize, this.limit * 2);
    this.published.inc(rows.length);
    this.lag.set((Date.now() - new Date(rows[0].created_at).getTime()) / 1000);
  }

  /** Keeps attempts and the last error visible; parks a row the broker rejected alone, for good, N times. */
  private async recordFailure(conn: pg.Client, rows: OutboxRow[], err: Error): Promise<void> {
    const alone = rows.length === 1 && isRejectedRecord(err);
    this.limit = Math.max(1, Math.floor(rows.length / 2));
    const { rows: updated } = await conn.query<{ id: string; parked: boolean }>(
      `UPDATE outbox SET attempts = attempts + 1, last_error = $2,
              parked_at = CASE WHEN $3::boolean AND attempts + 1 >= $4 THEN clock_timestamp() END
        WHERE id = ANY($1::bigint[]) RETURNING id, parked_at IS NOT NULL AS parked`,
      [rows.map((r) => r.id), err.message.slice(0, 1000), alone, this.options.maxAttempts ?? 10],
    );
    const parked = updated.filter((u) => u.parked);
    if (parked.length > 0) {
      this.parked.inc(parked.length);
      this.limit = this.options.batchSize;
      this.logger.error({ ids: parked.map((p) => p.id), error: err.message }, 'outbox row parked: the broker rejects it for good');
    }
  }

  /** Deletes sent outbox rows and old inbox rows in small batches (outbox_sent_at_idx, inbox_processed_at_idx). */
  private async cleanupIfDue(): Promise<void> {
    // Retention is counted in hours and days: sweeping every 10 minutes is plenty, and idle is idle.
    const every = this.options.cleanupIntervalMs ?? 600_000;
    if (Date.now() - this.lastCleanupAt < every || !this.conn) return;
    this.lastCleanupAt = Date.now();
    const sentMs = this.options.sentRetentionMs ?? 7 * 24 * 3600_000;
    const inboxMs = this.options.inboxRetentionMs ?? 30 * 24 * 3600_000;
    const tables: [string, string, number][] = [
      ['outbox', `DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE sent_at < now() - $1 * interval '1 millisecond' ORDER BY sent_at LIMIT ${CLEANUP_BATCH})`, sentMs],
      ['inbox', `DELETE FROM inbox WHERE ctid IN (SELECT ctid FROM inbox WHERE processed_at < now() - $1 * interval '1 millisecond' ORDER BY processed_at LIMIT ${CLEANUP_BATCH})`, inboxMs],
    ];
    for (const [table, sql, ms] of tables) {
      for (let i = 0; i < CLEANUP_BATCHES_PER_ROUND && this.running; i++) {
        const { rowCount } = await this.conn.query(sql, [ms]);
        this.deleted.inc({ table }, rowCount ?? 0);
        if ((rowCount ?? 0) < CLEANUP_BATCH) break;
      }
    }
  }

  private async connect(): Promise<void> {
    if (this.conn) return;
    const name = `outbox-relay:${this.options.schema}${this.options.replica ? `:${this.options.replica}` : ''}`;
    const client = new pg.Client({
      connectionString: this.options.databaseUrl,
      application_name: name.slice(0, 63),
      options: `-c search_path=${this.options.schema}`,
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
    });
    client.on('notification', () => {
      this.notified = true;
      this.wake?.();
    });
    const lost = (err?: Error) => {
      if (this.conn !== client) return;
      // The session lock went with the connection: stop publishing until we hold it again.
      this.conn = undefined;
      this.leader = false;
      this.logger.warn({ err }, 'outbox relay connection lost; leadership released');
      this.wake?.();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(SESSION_SETTINGS);
      await client.query(`LISTEN "outbox_${this.options.schema}"`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    this.conn = client;
  }

  private async becomeLeader(): Promise<boolean> {
    if (this.leader) return true;
    const { rows } = await this.conn!.query('SELECT pg_try_advisory_lock($1::bigint) AS leader', [this.lockKey]);
    this.leader = rows[0].leader === true;
    if (this.leader) {
      this.lastProgressAt = Date.now();
      this.limit = this.options.batchSize;
      this.logger.log(`outbox relay for ${this.options.schema} is the leader`);
    }
    return this.leader;
  }

  private async disconnect(): Promise<void> {
    const client = this.conn;
    this.conn = undefined;
    this.leader = false;
    await client?.end().catch(() => undefined);
  }

  /** Waits for a NOTIFY or the fallback poll, unless one arrived while we were busy. */
  private async idle(): Promise<void> {
    if (!this.notified) await this.sleep(this.options.pollIntervalMs);
    this.notified = false;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
