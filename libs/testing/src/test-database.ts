import { randomBytes } from 'node:crypto';
import pg from 'pg';
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
