import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
// The guard lives in plain JS so jest's global setup can use it before any transform.
import { assertTestDatabase, DEFAULT_TEST_DATABASE_URL } from '../../../test/support/test-database.js';

export function testDatabaseUrl(): string {
  return assertTestDatabase(process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL);
}

/** A fresh schema name per test file, so files run in parallel without sharing tables. */
export function uniqueSchema(prefix: string): string {
  return `${prefix.replace(/[^a-z0-9_]/g, '_')}_t${randomBytes(4).toString('hex')}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** A new schema on the test database with `migrations` run in it: the library specs' own tables. */
export async function migratedSchema(schema: string, migrations: NonNullable<DataSourceOptions['migrations']>): Promise<DataSource> {
  const url = testDatabaseUrl();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA "${schema}"`);
  } finally {
    await client.end();
  }
  return new DataSource({ type: 'postgres', url, schema, migrations, migrationsRun: true, extra: { options: `-c search_path=${schema}` } }).initialize();
}

/** The end of a spec that ran a broker: producer, client, data source and broker in that order, then its schema. */
export async function closeBrokerRig(rig: {
  producer?: { disconnect(): Promise<void> };
  client?: { close(): Promise<void> };
  ds?: DataSource;
  broker?: { stop(): Promise<void> };
  schema: string;
}): Promise<void> {
  await rig.producer?.disconnect();
  await rig.client?.close();
  await rig.ds?.destroy();
  await rig.broker?.stop();
  await dropSchema(rig.schema);
}
