import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { percentiles } from './support.js';

/**
 * A small HTTP load generator on node:http (keep-alive agent; no extra dependency), for the intake
 * and consent-read benchmarks. Closed loop: N connections, each sends its next request when the
 * previous answer arrived. Open loop: requests start on a fixed schedule whether or not earlier
 * ones have finished, and latency counts from the scheduled start (no coordinated omission).
 */

export interface HttpTarget {
  port: number;
  method: 'GET' | 'POST';
  /** Path of request number i. */
  path: (i: number) => string;
  headers: (i: number) => Record<string, string>;
  body?: (i: number) => string;
  /** The status every answer must have; anything else is an error. */
  expect: number;
}

export interface LoadStats {
  requests: number;
  errors: number;
  firstError?: string;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

export interface OpenLoopStats extends LoadStats {
  rate: number;
  /** How long after the end of the schedule the last answer arrived (ms), at most DRAIN_CAP_MS. */
  drainMs: number;
  /** Requests still unanswered DRAIN_CAP_MS after the end of the schedule (abandoned). */
  unfinished: number;
  keptUp: boolean;
}

const DRAIN_CAP_MS = 10_000;

/** Sends one request; resolves with its status and (on an unexpected status) the start of its body. */
function send(agent: http.Agent, t: HttpTarget, i: number): Promise<{ status: number; body?: string }> {
  return new Promise((resolve) => {
    const body = t.body?.(i);
    const headers = { ...t.headers(i), ...(body !== undefined ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}) };
    const req = http.request({ host: '127.0.0.1', port: t.port, method: t.method, path: t.path(i), headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: res.statusCode === t.expect ? undefined : Buffer.concat(chunks).toString('utf8').slice(0, 300) }));
      res.on('error', (err) => resolve({ status: 0, body: err.message }));
    });
    req.on('error', (err) => resolve({ status: 0, body: err.message }));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function stats(latencies: number[], errors: number, firstError: string | undefined, ms: number): LoadStats {
  const p = percentiles(latencies);
  return { requests: latencies.length, errors, firstError, perSecond: (latencies.length / ms) * 1000, p50: p.p50, p99: p.p99, max: p.max };
}

/** `connections` loops for `durationMs`; request numbers start at `offset` (distinct ids, tokens). */
export async function closedLoop(t: HttpTarget, connections: number, durationMs: number, offset = 0): Promise<LoadStats> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = offset;
  const start = performance.now();
  const end = start + durationMs;
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const res = await send(agent, t, next++);
      latencies.push(performance.now() - t0);
      if (res.status !== t.expect) {
        errors++;
        firstError ??= `${res.status} ${res.body ?? ''}`;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const ms = performance.now() - start;
  agent.destroy();
  return stats(latencies, errors, firstError, ms);
}

/**
 * The open loop on several targets in `slices` rounds of `sliceMs` each, alternated (a, b, a, b, …),
 * each target's latencies pooled over its slices: a calm or busy moment of a shared machine falls on
 * every target alike instead of on whichever happened to run then, and the p99 rests on `slices`
 * times the samples. Kept up = every slice kept up. Request numbers continue from `offset`.
 */
export async function alternatedOpenLoops(targets: HttpTarget[], rate: number, sliceMs: number, slices: number, offset = 0): Promise<OpenLoopStats[]> {
  const parts = targets.map(() => [] as { stats: OpenLoopStats; latencies: number[] }[]);
  let n = offset;
  for (let round = 0; round < slices; round++) {
    for (const [i, t] of targets.entries()) {
      const part = await openLoopSamples(t, rate, sliceMs, n);
      n += part.stats.requests + part.stats.unfinished;
      parts[i].push(part);
    }
  }
  return parts.map((mine) => {
    const all = mine.flatMap((p) => p.latencies);
    const errors = mine.reduce((sum, p) => sum + p.stats.errors, 0);
    const firstError = mine.find((p) => p.stats.firstError)?.stats.firstError;
    return {
      ...stats(all, errors, firstError, sliceMs * slices),
      rate,
      drainMs: Math.max(...mine.map((p) => p.stats.drainMs)),
      unfinished: mine.reduce((sum, p) => sum + p.stats.unfinished, 0),
      keptUp: mine.every((p) => p.stats.keptUp),
    };
  });
}

/** `rate` requests/s for `durationMs`; kept up when nothing failed and the backlog drained within 1 s. */
async function openLoopSamples(t: HttpTarget, rate: number, durationMs: number, offset: number): Promise<{ stats: OpenLoopStats; latencies: number[] }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round((rate * durationMs) / 1000);
  const latencies: number[] = [];
  const inFlight: Promise<void>[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const start = performance.now();
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
    for (; sent < due; sent++) {
      const scheduled = start + (sent * 1000) / rate;
      const i = offset + sent;
      inFlight.push(
        send(agent, t, i).then((res) => {
          latencies.push(performance.now() - scheduled);
          if (res.status !== t.expect) {
            errors++;
            firstError ??= `${res.status} ${res.body ?? ''}`;
          }
        }),
      );
    }
    const nextAt = start + (sent * 1000) / rate;
    await new Promise((r) => setTimeout(r, Math.max(0, nextAt - performance.now())));
  }
  const scheduleEnd = start + durationMs;
  // A server far behind is not waited for beyond DRAIN_CAP_MS (a busy machine would stretch the run by
  // minutes): what is still in flight then is abandoned, counted as unfinished, and it did not keep up.
  let capTimer: NodeJS.Timeout | undefined;
  const capped = new Promise<void>((resolve) => (capTimer = setTimeout(resolve, DRAIN_CAP_MS)));
  await Promise.race([Promise.all(inFlight), capped]);
  clearTimeout(capTimer);
  const drainMs = Math.max(0, performance.now() - scheduleEnd);
  const unfinished = total - latencies.length;
  const s = stats([...latencies], errors, firstError, durationMs);
  agent.destroy();
  return { stats: { ...s, rate, drainMs, unfinished, keptUp: errors === 0 && unfinished === 0 && drainMs <= 1_000 }, latencies };
}
