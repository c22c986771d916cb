import pg from 'pg';
import { type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';
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
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize: config.DB_POOL_SIZE,
    applicationName: config.service,
    // Raw SQL and migrations use unqualified names; the search_path pins them to our schema.
    extra: { options: `-c search_path=${config.DB_SCHEMA}` },
  };
}
