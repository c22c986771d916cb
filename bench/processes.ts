import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { sleep } from './support.js';

/**
 * Child processes for the HTTP benchmarks: servers run in processes of their own, so the load
 * generator does not share an event loop with what it measures. A child that dies or never gets
 * ready fails the benchmark loudly, with the last lines it printed.
 */

export interface BenchChild {
  readonly name: string;
  readonly proc: ChildProcess;
  /** The last lines of its stdout and stderr, for error messages. */
  tail(): string;
  /** Resolves with the first line that matches, or fails when the child exits first or time runs out. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<string>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * `node [nodeArgs] entry` with `env`. `keepLogs: false` sends stdout to /dev/null (a service's
 * request logs at full rate would otherwise cost this process parsing time); stderr is kept.
 */
export function spawnNode(name: string, entry: string, env: NodeJS.ProcessEnv, opts: { nodeArgs?: string[]; keepLogs?: boolean; cwd?: string } = {}): BenchChild {
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), entry], {
    cwd: opts.cwd,
    env,
    stdio: ['ignore', opts.keepLogs === false ? 'ignore' : 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const watchers: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  for (const stream of [proc.stdout, proc.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      if (lines.length > 40) lines.shift();
      for (const w of watchers.filter((x) => x.pattern.test(line))) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve(line);
      }
    });
  }
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const tail = () => lines.join('\n');
  return {
    name,
    proc,
    tail,
    waitForLine(pattern, timeoutMs) {
      return new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name}: no line matching ${pattern} within ${timeoutMs} ms; last output:\n${tail()}`)), timeoutMs);
        const done = (line: string) => (clearTimeout(timer), resolve(line));
        watchers.push({ pattern, resolve: done });
        void exited.then(() => {
          clearTimeout(timer);
          reject(new Error(`${name} exited (${proc.exitCode ?? proc.signalCode}) before it was ready; last output:\n${tail()}`));
        });
      });
    },
    async stop(graceMs = 15_000) {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill('SIGTERM');
      const killer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Polls `url` until it answers 2xx; fails when the child exits first or time runs out. */
export async function waitHttpReady(child: BenchChild, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.proc.exitCode !== null || child.proc.signalCode !== null) {
      throw new Error(`${child.name} exited (${child.proc.exitCode ?? child.proc.signalCode}) before it was ready; last output:\n${child.tail()}`);
    }
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${child.name}: ${url} not ready within ${timeoutMs} ms; last output:\n${child.tail()}`);
}

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject).listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** CPU time (user + system, all threads) a process has used so far, in ms; NaN when it cannot be read. */
export function cpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return Number.NaN;
  }
}
