// `npm start`: the whole system on one machine with embedded defaults.
// - PostgreSQL: DATABASE_URL if set, else an embedded server (data in .dev/pgdata).
// - Kafka: KAFKA_BROKERS if set, else the local Kafka-protocol broker (see startLocalBroker).
// - Auth: a local dev signing key (.dev/jwt); mint tokens with `npm run -s token`.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PORTAL_DEFAULT_PORT, SERVICES } from '#contracts';
import { DEV_AUDIENCE, DEV_ISSUER, ensureDevKeys } from '#platform';
import { startEmbeddedPostgres, type LocalDatabase } from './embedded-postgres.js';
import { formatLogLine } from './log-format.js';
import { repoRoot } from './repo-root.js';

const root = repoRoot();
const started = Date.now();
const children: { name: string; proc: ChildProcess }[] = [];
let database: LocalDatabase | undefined;
let stopping = false;

function say(msg: string): void {
  process.stdout.write(`${msg}\n`);
}

/**
 * Hook for the event backbone: returns the bootstrap list of a local Kafka-protocol broker when
 * KAFKA_BROKERS is unset. Until the backbone lands, services run without a broker.
 */
async function startLocalBroker(): Promise<string | undefined> {
  return process.env.KAFKA_BROKERS;
}

function launch(name: string, entry: string, env: NodeJS.ProcessEnv): void {
  const proc = spawn(process.execPath, ['--enable-source-maps', entry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const raw = process.env.LOG_FORMAT === 'json';
  for (const stream of [proc.stdout!, proc.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => say(raw ? line : formatLogLine(name, line)));
  }
  proc.on('exit', (code, signal) => {
    if (stopping) return;
    say(`[${name}] exited (${signal ?? code}); stopping the system`);
    void shutdown(1);
  });
  children.push({ name, proc });
}

async function waitReady(url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready after ${timeoutMs / 1000}s`);
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      ({ proc }) =>
        new Promise<void>((resolve) => {
          if (proc.exitCode !== null) return resolve();
          proc.once('exit', () => resolve());
          proc.kill('SIGTERM');
          setTimeout(() => proc.kill('SIGKILL'), 10_000).unref();
        }),
    ),
  );
  await database?.stop().catch(() => {});
  process.exit(code);
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    database = await startEmbeddedPostgres(root, Number(process.env.DEV_PG_PORT ?? 54329));
    databaseUrl = database.url;
    say(`PostgreSQL (embedded): ${databaseUrl.replace(/:[^:@]*@/, ':***@')}`);
  }
  const kafkaBrokers = await startLocalBroker();
  const keys = await ensureDevKeys(root);

  const common: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    DATABASE_URL: databaseUrl,
    JWT_PUBLIC_KEY_FILE: process.env.JWT_PUBLIC_KEY_FILE ?? keys.publicKey,
    JWT_ISSUER: process.env.JWT_ISSUER ?? DEV_ISSUER,
    JWT_AUDIENCE: process.env.JWT_AUDIENCE ?? DEV_AUDIENCE,
    ...(kafkaBrokers ? { KAFKA_BROKERS: kafkaBrokers } : {}),
  };
  for (const s of SERVICES) {
    launch(s.name, `dist/apps/${s.name}/src/main.js`, {
      ...common,
      PORT: String(s.defaultPort),
      HOST: '127.0.0.1',
      DB_SCHEMA: s.schema,
      PUBLIC_URL: `http://localhost:${s.defaultPort}`,
    });
  }
  const portalEnv: NodeJS.ProcessEnv = { ...common, PORT: String(PORTAL_DEFAULT_PORT), HOST: '127.0.0.1' };
  launch('portal', 'dist/apps/portal/src/main.js', portalEnv);

  await Promise.all([
    ...SERVICES.map((s) => waitReady(`http://127.0.0.1:${s.defaultPort}/health/ready`)),
    waitReady(`http://127.0.0.1:${PORTAL_DEFAULT_PORT}/health/live`),
  ]);
  const rows = SERVICES.map((s) => `  ${s.name.padEnd(14)} http://localhost:${s.defaultPort}   docs: http://localhost:${s.defaultPort}/docs`);
  say(
    [
      '',
      `System ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  portal         http://localhost:${PORTAL_DEFAULT_PORT}/docs   (all four APIs in one Swagger UI)`,
      ...rows,
      `  broker         ${kafkaBrokers ?? 'none yet (event backbone not wired)'}`,
      '',
      'Get a token:  npm run -s token -- --role officer --sub officer-1',
      'Stop:         Ctrl-C',
      '',
    ].join('\n'),
  );
}

main().catch((err: Error) => {
  say(`start failed: ${err.message}`);
  void shutdown(1);
});
