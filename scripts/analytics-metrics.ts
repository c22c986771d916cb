// Example for data teams: reads the de-identified analytics stream from the beginning up to now and
// prints the outcome metrics. Usage (after `npx tsc -b`):
//   KAFKA_BROKERS=localhost:39092 KAFKA_SASL_MECHANISM=scram-sha-512 KAFKA_SASL_USERNAME=data-team \
//   KAFKA_SASL_PASSWORD=... node dist/scripts/analytics-metrics.js [--min-cell 5]
//   [--format text|json|csv|html] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by campus-month|month|campus|group] [--out report.html]
// With npm start: set -a; . .dev/kafka/data-team.env; set +a; node dist/scripts/analytics-metrics.js --format csv
// json and csv give per-campus and per-month counts (officer-only by reason, remote consults, voided),
// with cells from 1 to min-cell-1 suppressed (R12). --by group gives the disproportionality view: per demographic
// group (grade band and the SIS's categories), students involved, arrested, diverted, subject of force, with
// relative rate indexes; the HTML report charts it too.
// The broker lets the data-team principal read analytics.* only, with groups under `data-team.`.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { ANALYTICS_INCIDENT_TOPIC, DATA_TEAM_GROUP_PREFIX, DATA_TEAM_PRINCIPAL } from '#contracts';
import { kafkaJsSecurity, kafkaSecurityFromEnv, type KafkaSecurity } from '#messaging';
import { BreakdownFold, suppress, toCsv, type BreakdownRow, type Window } from './analytics-breakdown.js';
import { GroupFold, groupsToCsv, suppressGroups, type GroupRow } from './analytics-groups.js';
import { formatOutcomes, OutcomeFold, type OutcomeMetrics } from './analytics-outcomes.js';
import { renderReport } from './analytics-report.js';

export interface SnapshotOptions {
  brokers: string[];
  security?: KafkaSecurity;
  topic: string;
  /** Give up if the topic is not read up to its end within this time. */
  timeoutMs?: number;
}

export type RecordVisitor = (type: string, data: unknown, headers: Record<string, string>) => void;

/**
 * Reads a topic as a snapshot: its end offsets are taken first, then every partition is read from
 * its start up to them with a throwaway consumer group. Records are CloudEvents in binary mode:
 * the type is the `ce_type` header, the value is the JSON payload.
 */
export async function readSnapshot(o: SnapshotOptions, visit: RecordVisitor): Promise<void> {
  const kafka = new Kafka({ clientId: 'analytics-metrics', brokers: o.brokers, ...kafkaJsSecurity(o.security), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(o.topic).finally(() => admin.disconnect());
  const remaining = new Map(ends.filter((p) => Number(p.high) > Number(p.low)).map((p) => [p.partition, Number(p.high)]));
  if (!remaining.size) return;
  const timeoutMs = o.timeoutMs ?? 60_000;
  const consumer = kafka.consumer({ groupId: `${DATA_TEAM_GROUP_PREFIX}analytics-metrics-${randomUUID()}`, maxWaitTimeInMs: 250, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: o.topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${o.topic} not read to its end within ${timeoutMs} ms`)), timeoutMs);
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(Array.isArray(v) ? v[0] : v)]));
            if (headers.ce_type && message.value) visit(headers.ce_type, JSON.parse(message.value.toString('utf8')), headers);
            if (Number(message.offset) + 1 >= (remaining.get(partition) ?? Infinity)) remaining.delete(partition);
            if (!remaining.size) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
}

/** The outcome metrics of everything on the analytics topic up to now. */
export async function collectOutcomes(o: { brokers: string[]; security?: KafkaSecurity; timeoutMs?: number }): Promise<OutcomeMetrics> {
  const fold = new OutcomeFold();
  await readSnapshot({ ...o, topic: ANALYTICS_INCIDENT_TOPIC }, (type, data) => fold.add(type, data));
  return fold.result();
}

/** Per-campus / per-month counts within a window (unsuppressed: suppress() before showing them). */
export async function collectBreakdown(
  o: { brokers: string[]; security?: KafkaSecurity; timeoutMs?: number },
  window: Window = {},
  by: 'campus-month' | 'month' | 'campus' = 'campus-month',
): Promise<BreakdownRow[]> {
  const fold = new BreakdownFold(window);
  await readSnapshot({ ...o, topic: ANALYTICS_INCIDENT_TOPIC }, (type, data) => fold.add(type, data));
  return fold.rows(by);
}

/** Group counts for the disproportionality view within a window (unsuppressed: suppressGroups() before showing them). */
export async function collectGroups(o: { brokers: string[]; security?: KafkaSecurity; timeoutMs?: number }, window: Window = {}): Promise<GroupRow[]> {
  const fold = new GroupFold(window);
  await readSnapshot({ ...o, topic: ANALYTICS_INCIDENT_TOPIC }, (type, data) => fold.add(type, data));
  return fold.counts();
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type MetricsFormat = 'text' | 'json' | 'csv' | 'html';
export type MetricsBy = 'campus-month' | 'month' | 'campus' | 'group';

/** The command line, checked; no broker needed. */
export interface MetricsOptions {
  brokers?: string;
  minCell: number;
  format: MetricsFormat;
  window: Window;
  by: MetricsBy;
  out?: string;
}

/** Parses the flags (unknown flags throw, as parseArgs does); `errors` lists every bad value. */
export function parseMetricsArgs(args: string[]): { options: MetricsOptions; errors: string[] } {
  const { values } = parseArgs({
    args,
    options: {
      brokers: { type: 'string' },
      'min-cell': { type: 'string', default: '5' },
      format: { type: 'string', default: 'text' },
      from: { type: 'string' },
      to: { type: 'string' },
      by: { type: 'string', default: 'campus-month' },
      out: { type: 'string' },
    },
  });
  const minCell = Number(values['min-cell']);
  const errors = [
    !['text', 'json', 'csv', 'html'].includes(values.format!) && '--format must be text, json, csv or html',
    !['campus-month', 'month', 'campus', 'group'].includes(values.by!) && '--by must be campus-month, month, campus or group',
    values.from && !DAY.test(values.from) && '--from must be YYYY-MM-DD',
    values.to && !DAY.test(values.to) && '--to must be YYYY-MM-DD',
    !(Number.isInteger(minCell) && minCell >= 1) && '--min-cell must be a positive integer',
  ].filter((e): e is string => Boolean(e));
  return {
    options: {
      brokers: values.brokers,
      minCell,
      format: values.format as MetricsFormat,
      window: { from: values.from, to: values.to },
      by: values.by as MetricsBy,
      out: values.out,
    },
    errors,
  };
}

/** json or csv of suppressed per-campus / per-month rows, as printed for `--by campus-month|month|campus`. */
export function renderBreakdown(rows: readonly BreakdownRow[], o: Pick<MetricsOptions, 'format' | 'window' | 'by' | 'minCell'>): string {
  return o.format === 'csv' ? `${toCsv(rows, o.minCell)}\n` : `${JSON.stringify({ window: o.window, by: o.by, minCell: o.minCell, rows }, null, 2)}\n`;
}

/** json or csv of suppressed group rows, as printed for `--by group`. */
export function renderGroups(groups: readonly GroupRow[], o: Pick<MetricsOptions, 'format' | 'window' | 'minCell'>): string {
  return o.format === 'csv' ? `${groupsToCsv(groups, o.minCell)}\n` : `${JSON.stringify({ window: o.window, by: 'group', minCell: o.minCell, groups }, null, 2)}\n`;
}

async function main(): Promise<void> {
  const { options: o, errors: bad } = parseMetricsArgs(process.argv.slice(2));
  if (bad.length) {
    process.stderr.write(`${bad.join('\n')}\n`);
    process.exit(2);
  }
  const minCell = o.minCell;
  const brokers = (o.brokers ?? process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  if (!brokers.length) {
    process.stderr.write('usage: KAFKA_BROKERS=host:port[,...] node dist/scripts/analytics-metrics.js [--min-cell 5]\n');
    process.exit(2);
  }
  const source = { brokers, security: kafkaSecurityFromEnv(process.env, DATA_TEAM_PRINCIPAL) };
  if (o.format === 'text') {
    process.stdout.write(`${formatOutcomes(await collectOutcomes(source), minCell)}\n`);
    return;
  }
  const window = o.window;
  if (o.format === 'html') {
    // Charts per month for the whole district (campus breakdowns go to json/csv).
    const rows = suppress(await collectBreakdown(source, window, 'month'), minCell);
    const groups = suppressGroups(await collectGroups(source, window), minCell);
    const html = renderReport(rows, { title: 'Joint response outcomes', minCell, window, groups });
    if (o.out) writeFileSync(o.out, html);
    else process.stdout.write(html);
    return;
  }
  if (o.by === 'group') {
    process.stdout.write(renderGroups(suppressGroups(await collectGroups(source, window), minCell), o));
    return;
  }
  const rows = suppress(await collectBreakdown(source, window, o.by), minCell);
  process.stdout.write(renderBreakdown(rows, o));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  });
}
