import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { LocalKafka } from '#devkit';
import { repoRoot } from '#devkit';

export interface Worker {
  pid: number;
  /** SIGKILL, as a crashed or OOM-killed pod. */
  kill9(): Promise<void>;
}

/** Starts dist/test/reliability/support/worker.js (built by `npm test`'s tsc -b) and waits for "ready". */
export async function startWorker(
  mode: 'consumer' | 'producer',
  setup: { broker: LocalKafka; databaseUrl: string; schema: string; prefix?: string },
  onLine: (line: string) => void = () => {},
): Promise<Worker> {
  const script = join(repoRoot(), 'dist', 'test', 'reliability', 'support', 'worker.js');
  if (!existsSync(script)) throw new Error(`${script} is missing: run npx tsc -b first`);
  const { username, password } = setup.broker.operator;
  const child: ChildProcess = spawn(process.execPath, [script], {
    cwd: repoRoot(),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      WORKER_MODE: mode,
      WORKER_DATABASE_URL: setup.databaseUrl,
      WORKER_SCHEMA: setup.schema,
      WORKER_BROKERS: setup.broker.bootstrap,
      WORKER_SASL_USERNAME: username,
      WORKER_SASL_PASSWORD: password,
      WORKER_PREFIX: setup.prefix ?? 'worker',
    },
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => (line === 'ready' ? resolve() : onLine(line)));
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready: ${stderr}`)));
  });
  const timeout = setTimeout(() => child.kill('SIGKILL'), 60_000);
  try {
    await ready;
  } finally {
    clearTimeout(timeout);
  }
  return {
    pid: child.pid!,
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
