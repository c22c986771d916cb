import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { EventProducer, OutgoingRecord } from '../kafka/broker-client.js';

export interface OutboxRelayOptions {
  databaseUrl: string;
  schema: string;
  batchSize: number;
  pollIntervalMs: number;
  registry: Registry;
  /** Fault injection for tests: runs after publish, before the rows are marked sent. */
  afterPublish?: () => void;
}

interface OutboxRow {
  id: string;
  topic: string;
  key: string;
  headers: Record<string, string>;
  payload: unknown;
  created_at: Date;
}

const MAX_BACKOFF_MS = 30_000;

/**
 * Publishes outbox rows in id order. One relay per schema holds an advisory lock (the others
 * wait), which keeps per-aggregate order even with several replicas. Rows are marked sent only
 * after the broker acknowledged them; a crash in between re-publishes, and consumers' inboxes
 * drop the duplicate.
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private listener?: pg.Client;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** Set by NOTIFY; sticky, so an insert committed while a batch is in flight is not missed. */
  private notified = false;
  private backoffMs = 0;
  private readonly published: Counter;
  private readonly lag: Gauge;
  private readonly batchSeconds: Histogram;
  private readonly failures: Counter;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: EventProducer,
    private readonly options: OutboxRelayOptions,
  ) {
    const registers = [options.registry];
    this.published = new Counter({ name: 'outbox_published_total', help: 'Events published by the outbox relay', registers });
    this.failures = new Counter({ name: 'outbox_publish_failures_total', help: 'Failed publish attempts', registers });
    this.lag = new Gauge({ name: 'outbox_lag_seconds', help: 'Age of the oldest event in the last published batch', registers });
    this.batchSeconds = new Histogram({
      name: 'outbox_batch_duration_seconds',
      help: 'Claim, publish and mark one batch',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
  }

  async start(): Promise<void> {
    this.running = true;
    this.loop = this.run();
  }

  /** Finishes the batch in flight, then releases the lock and the listening connection. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.connectListener();
        if (!(await this.becomeLeader())) {
          await this.sleep(this.options.pollIntervalMs * 5);
          continue;
        }
        while (this.running) {
          const published = await this.drainOnce();
          if (published < this.options.batchSize) await this.idle();
        }
      } catch (err) {
        this.failures.inc();
        this.backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(100, this.backoffMs * 2));
        this.logger.warn({ err }, `outbox relay error; retrying in ${this.backoffMs} ms`);
        await this.closeListener();
        await this.sleep(this.backoffMs);
      }
    }
    await this.closeListener();
  }

  /** Claims and publishes one batch; returns how many events went out. */
  async drainOnce(): Promise<number> {
    const end = this.batchSeconds.startTimer();
    let count = 0;
    try {
      await this.dataSource.transaction(async (em) => {
        // Without planner statistics (a fresh table) Postgres sorts the whole backlog under the
        // lock step on every batch; this keeps the claim on outbox_unsent_idx in id order.
        await em.query('SET LOCAL enable_sort = off');
        const rows: OutboxRow[] = await em.query(
          `SELECT id, topic, key, headers, payload, created_at FROM outbox
            WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [this.options.batchSize],
        );
        if (rows.length === 0) return;
        const records: OutgoingRecord[] = rows.map((r) => ({ topic: r.topic, key: r.key, value: JSON.stringify(r.payload), headers: r.headers }));
        try {
          await this.producer.send(records);
        } catch (err) {
          await this.recordFailure(rows, err as Error);
          throw err;
        }
        this.options.afterPublish?.();
        await em.query(`UPDATE outbox SET sent_at = clock_timestamp(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
        count = rows.length;
        this.lag.set((Date.now() - new Date(rows[0].created_at).getTime()) / 1000);
      });
    } finally {
      end();
    }
    this.published.inc(count);
    this.backoffMs = 0;
    return count;
  }

  /** Outside the claiming transaction, which rolls back: keeps attempts and the last error visible. */
  private async recordFailure(rows: OutboxRow[], err: Error): Promise<void> {
    await this.dataSource
      .query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id), err.message.slice(0, 1000)])
      .catch(() => undefined);
  }

  private async connectListener(): Promise<void> {
    if (this.listener) return;
    const client = new pg.Client({ connectionString: this.options.databaseUrl, application_name: `outbox-relay:${this.options.schema}` });
    client.on('notification', () => {
      this.notified = true;
      this.wake?.();
    });
    client.on('error', (err) => this.logger.warn({ err }, 'outbox listener connection lost'));
    await client.connect();
    await client.query(`LISTEN "outbox_${this.options.schema}"`);
    this.listener = client;
  }

  private async becomeLeader(): Promise<boolean> {
    const key = createHash('sha256').update(`outbox-relay:${this.options.schema}`).digest().readBigInt64BE(0);
    const { rows } = await this.listener!.query('SELECT pg_try_advisory_lock($1::bigint) AS leader', [key.toString()]);
    return rows[0].leader === true;
  }

  private async closeListener(): Promise<void> {
    const client = this.listener;
    this.listener = undefined;
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
