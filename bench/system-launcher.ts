import { createInterface } from 'node:readline';
import { SERVICES } from '#contracts';
import { repoRoot, type LocalKafka } from '#devkit';
import { formatLogLine } from '../scripts/dev/log-format.js';
import { freePort, spawnNode, waitHttpReady, type BenchChild } from './processes.js';
import { benchDatabaseUrl, dropSchema, startBenchBroker, uniqueSchema } from './support.js';

/**
 * The whole system for the intake benchmark, started the way `npm start` (scripts/dev/run-system.ts)
 * starts it: a real Kafka, every service and the portal as child processes with the same node flags,
 * their JSON logs read line by line and formatted like the dev runner does. Differences, so it can
 * run next to a developer's own `npm start`: ephemeral ports, a fresh broker without a data folder,
 * throwaway schemas in the test database, and the benchmark's public key (JWT_PUBLIC_KEY).
 *
 * Runs as a child of bench/intake.ts: prints `READY {"ports":{...},"schemas":{...},"pids":{...}}` on stderr once every
 * service answers /health/ready; stops everything and drops its schemas on SIGTERM or when its parent dies.
 */

/** The dev runner's node flags for each service (keep in step with scripts/dev/run-system.ts). */
const DEV_RUNNER_NODE_ARGS = ['--enable-source-maps'];

const root = repoRoot();
const url = benchDatabaseUrl();
const children: BenchChild[] = [];
const schemas: string[] = [];
let broker: LocalKafka | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await Promise.all(children.map((c) => c.stop(10_000)));
    await broker?.stop().catch(() => undefined);
    for (const s of schemas) await dropSchema(url, s).catch(() => undefined);
  }
  process.exit(code);
}

function launch(name: string, entry: string, env: NodeJS.ProcessEnv): BenchChild {
  const child = spawnNode(name, entry, env, { nodeArgs: DEV_RUNNER_NODE_ARGS, cwd: root });
  // As the dev runner: every line parsed and formatted (written to our stdout, which is /dev/null).
  for (const stream of [child.proc.stdout, child.proc.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => process.stdout.write(`${formatLogLine(name, line)}\n`));
  }
  child.proc.on('exit', (code, signal) => {
    if (stopping) return;
    process.stderr.write(`[system] ${name} exited (${signal ?? code}); last output:\n${child.tail()}\n`);
    void shutdown(1);
  });
  children.push(child);
  return child;
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));
  // An orphan (the benchmark was killed) stops itself.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void shutdown(1), 1_000).unref();

  broker = await startBenchBroker();
  const common: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'development',
    DATABASE_URL: url,
    JWT_PUBLIC_KEY: process.env.JWT_PUBLIC_KEY,
    JWT_ISSUER: process.env.JWT_ISSUER,
    JWT_AUDIENCE: process.env.JWT_AUDIENCE,
    KAFKA_BROKERS: broker.bootstrap,
  };
  const ports: Record<string, number> = {};
  const byService: Record<string, string> = {};
  const pids: Record<string, number | undefined> = {};
  const ready: Promise<void>[] = [];
  for (const s of SERVICES) {
    const port = await freePort();
    const schema = uniqueSchema(`bench_sys_${s.schema}`);
    schemas.push(schema);
    byService[s.name] = schema;
    ports[s.name] = port;
    const { mechanism, username, password } = broker.credentials(s.name);
    const child = launch(s.name, `dist/apps/${s.name}/src/main.js`, {
      ...common, PORT: String(port), HOST: '127.0.0.1', DB_SCHEMA: schema, PUBLIC_URL: `http://localhost:${port}`,
      KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password,
    });
    pids[s.name] = child.proc.pid;
    ready.push(waitHttpReady(child, `http://127.0.0.1:${port}/health/ready`, 120_000));
  }
  const portalPort = await freePort();
  const serviceUrls = Object.fromEntries(SERVICES.map((s) => [`${s.name.toUpperCase().replace(/-/g, '_')}_URL`, `http://127.0.0.1:${ports[s.name]}`]));
  const portal = launch('portal', 'dist/apps/portal/src/main.js', { ...common, ...serviceUrls, PORT: String(portalPort), HOST: '127.0.0.1' });
  ready.push(waitHttpReady(portal, `http://127.0.0.1:${portalPort}/health/live`, 120_000));
  await Promise.all(ready);
  process.stderr.write(`READY ${JSON.stringify({ ports: { ...ports, portal: portalPort }, schemas: byService, pids })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`[system] start failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  void shutdown(1);
});
