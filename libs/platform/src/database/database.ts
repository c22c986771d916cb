import pg from 'pg';
import { createHash } from 'node:crypto';
import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';
import type { ServiceConfig } from '../config/service-config.js';

// Entity and migration classes are listed explicitly: globs do not work with ESM builds.
export interface DatabaseDefinition {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The schema must exist before TypeORM creates its migrations table inside it. */
export async function ensureSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
  } finally {
    await client.end();
  }
}

export function dataSourceOptions(config: ServiceConfig, def: DatabaseDefinition): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    schema: config.DB_SCHEMA,
    entities: def.entities,
    migrations: def.migrations,
    migrationsTableName: 'migrations',
    // Run by migrateUnderLock, so replicas starting together do not race.
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize: config.DB_POOL_SIZE,
    applicationName: config.service,
    // Raw SQL and migrations use unqualified names; the search_path pins them to our schema.
    extra: { options: `-c search_path=${config.DB_SCHEMA}` },
  };
}

/** Applies pending migrations while holding a per-schema advisory lock. */
export async function migrateUnderLock(dataSource: DataSource, schema: string): Promise<void> {
  const key = createHash('sha256').update(`migrations:${schema}`).digest().readBigInt64BE(0).toString();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1::bigint)', [key]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1::bigint)', [key]).catch(() => undefined);
    await runner.release();
  }
}

/** Creates the schema, connects, and migrates (never synchronize). */
export async function openDataSource(options: DataSourceOptions, url: string, schema: string): Promise<DataSource> {
  await ensureSchema(url, schema);
  const dataSource = await new DataSource(options).initialize();
  await migrateUnderLock(dataSource, schema);
  return dataSource;
}
