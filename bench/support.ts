import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { defineEvent, type EventDefinition } from '#contracts';
import { repoRoot, startLocalKafka, type LocalKafka } from '#devkit';
import { MESSAGING_MIGRATIONS, type KafkaSecurity } from '#messaging';

/**
 * Shared plumbing for the benchmarks: a guarded test database, a throwaway schema with the
 * messaging tables, a fresh local broker, bench-only event types, timing and clean-up helpers.
 */

export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** Partitions of every bench topic (relay and baseline alike). */
export const BENCH_PARTITIONS = 6;

/** Refuses any database whose name lacks "test": the benchmarks create and drop schemas. */
export function benchDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL;
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/test/i.test(name)) {
    throw new Error(`Refusing to benchmark against database "${name}": its name must contain "test" (TEST_DATABASE_URL=${url})`);
  }
  return url;
}

export function uniqueSchema(prefix: string): string {
  return `${prefix.replace(/[^a-z0-9_]/g, '_')}_b${randomBytes(4).toString('hex')}`;
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createSchema(url: string, schema: string): Promise<void> {
  await adminQuery(url, `CREATE SCHEMA "${schema}"`);
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  await adminQuery(url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}

/** A DataSource on `schema` with the messaging migration applied (outbox, inbox, NOTIFY trigger). */
export function openDataSource(url: string, schema: string, poolSize = 10): Promise<DataSource> {
  return new DataSource({
    type: 'postgres',
    url,
    schema,
    migrations: MESSAGING_MIGRATIONS,
    migrationsRun: true,
    extra: { options: `-c search_path=${schema}`, max: poolSize },
  }).initialize();
}

/** A fresh private real Kafka (one KRaft node, SASL/SCRAM + ACLs) on ephemeral ports. */
export function startBenchBroker(): Promise<LocalKafka> {
  return startLocalKafka(repoRoot(), { nodes: 1 });
}

export interface BenchItem {
  aggregateId: string;
  seq: number;
  body: string;
}

/** A bench-only event type on a bench-only topic, shaped like the real ones. */
export function benchEvent(type: string, topic: string): EventDefinition<BenchItem> {
  return defineEvent<BenchItem>({
    type,
    topic,
    version: 1,
    summary: 'benchmark item',
    keyField: 'aggregateId',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['aggregateId', 'seq', 'body'],
      properties: {
        aggregateId: { type: 'string', minLength: 1 },
        seq: { type: 'integer' },
        body: { type: 'string' },
      },
    },
    example: { aggregateId: 'a', seq: 1, body: '' },
  });
}

/** A payload of roughly the size of a real domain event (~300 bytes of JSON). */
export const BODY = 'lorem ipsum dolor sit amet, consectetur adipiscing elit '.repeat(4).slice(0, 220);

export function item(seq: number, aggregates: number): BenchItem {
  return { aggregateId: `agg-${String(seq % aggregates).padStart(5, '0')}`, seq, body: BODY };
}

/** Quietens Nest's logger (kafkajs and the relay log through it) to errors only. */
export function quietLogs(): void {
  Logger.overrideLogger(['error', 'fatal']);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Rejects after `ms`; the timer does not keep the process alive. */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `probe` until `done`, or fails after `timeoutMs`. */
export async function until<T>(probe: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not reached within ${timeoutMs} ms (last: ${JSON.stringify(value)})`);
    await sleep(20);
  }
}

/** Clean-up steps run last-in first-out, each bounded in time, errors reported but not thrown. */
export class Cleanup {
  private readonly steps: { name: string; fn: () => Promise<unknown> | unknown }[] = [];

  add(name: string, fn: () => Promise<unknown> | unknown): void {
    this.steps.push({ name, fn });
  }

  async run(stepTimeoutMs = 15_000): Promise<void> {
    while (this.steps.length) {
      const step = this.steps.pop()!;
      try {
        await withTimeout(Promise.resolve().then(step.fn), stepTimeoutMs, `clean-up ${step.name}`);
      } catch (err) {
        console.error(`[bench] clean-up step "${step.name}" failed: ${(err as Error).message}`);
      }
    }
  }
}

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of a sample (ms). */
export function percentiles(samples: number[]): Percentiles {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] : NaN);
  return { count: s.length, p50: at(50), p95: at(95), p99: at(99), max: s.length ? s[s.length - 1] : NaN };
}

export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a';

export const verdict = (met: boolean) => (met ? 'MET' : 'MISSED');

/** True when this module is the script node was started with. */
export function isMain(metaUrl: string): boolean {
  return !!process.argv[1] && metaUrl === pathToFileURL(process.argv[1]).href;
}

/**
 * Runs a benchmark as a script: hard watchdog, exit code 0 whatever the goals (1 on a crash).
 */
export function runAsScript(name: string, main: () => Promise<void>, watchdogMs: number): void {
  quietLogs();
  const watchdog = setTimeout(() => {
    console.error(`[bench] ${name}: watchdog fired after ${watchdogMs} ms; exiting`);
    process.exit(2);
  }, watchdogMs);
  watchdog.unref();
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(`[bench] ${name} failed:`, err);
      process.exit(1);
    },
  );
}

export interface BenchContext {
  url: string;
  schema: string;
  cleanup: Cleanup;
}

/** A throwaway schema with the messaging tables and a fresh broker with these topics, all cleaned up. */
export async function prepareBench(
  { url, schema, cleanup }: BenchContext,
  topics: string[],
): Promise<{ ds: DataSource; broker: LocalKafka; brokers: string[]; security: KafkaSecurity }> {
  await createSchema(url, schema);
  cleanup.add('drop schema', () => dropSchema(url, schema));
  const ds = await openDataSource(url, schema);
  cleanup.add('close data source', () => ds.destroy());
  const broker = await startBenchBroker();
  cleanup.add('stop broker', () => broker.stop());
  const security: KafkaSecurity = { sasl: broker.operator };
  const { Kafka, logLevel } = await import('kafkajs');
  const admin = new Kafka({ clientId: 'bench-topics', brokers: broker.bootstrap.split(','), sasl: broker.operator, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  await admin
    .createTopics({ waitForLeaders: true, topics: topics.map((topic) => ({ topic, numPartitions: topic.endsWith('.dlt') ? 1 : BENCH_PARTITIONS })) })
    .finally(() => admin.disconnect());
  return { ds, broker, brokers: broker.bootstrap.split(','), security };
}

/** Runs one benchmark on a fresh schema within a time limit, cleaning up whatever it set up. */
export async function runBench<T>(label: string, schemaPrefix: string, timeoutMs: number, measure: (ctx: BenchContext) => Promise<T>): Promise<T> {
  const cleanup = new Cleanup();
  try {
    return await withTimeout(measure({ url: benchDatabaseUrl(), schema: uniqueSchema(schemaPrefix), cleanup }), timeoutMs, label);
  } finally {
    await cleanup.run();
  }
}
