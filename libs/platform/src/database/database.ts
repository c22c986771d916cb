import pg from 'pg';
import { createHash } from 'node:crypto';
import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';
import type { ServiceConfig } from '../config/service-config.js';
import { assertBoundByRowSecurity, databaseRoles, grantSchema, provisionRoles } from '../tenancy/database-roles.js';
import { bindDistrictSessions } from '../tenancy/district-session.js';
import { districtDirectoryMigration, DistrictDirectoryRegion1765400000000 } from '../tenancy/district-directory.migration.js';
import { districtTenancyMigration } from '../tenancy/district-tenancy.migration.js';
import { sharingAgreementMigration } from '../tenancy/sharing-agreement.migration.js';

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
  const roles = databaseRoles(config);
  return {
    type: 'postgres',
    // The service's own queries run as the app role, which row-level security binds to a district.
    url: roles.appUrl,
    schema: config.DB_SCHEMA,
    entities: def.entities,
    migrations: [...(def.migrations as unknown[]), ...platformMigrations(config.DEFAULT_DISTRICT_ID, roles.relayRole)] as MixedList<never>,
    migrationsTableName: 'migrations',
    // Run by migrateUnderLock, so replicas starting together do not race.
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Extensions are the owner's business, in migrations.
    installExtensions: false,
    poolSize: config.DB_POOL_SIZE,
    applicationName: config.service,
    // Raw SQL and migrations use unqualified names; the search_path pins them to our schema.
    extra: { options: `-c search_path=${config.DB_SCHEMA}` },
  };
}

/** What the platform adds after every service's own migrations: tenancy, the district directory, sharing agreements and their audit. */
export function platformMigrations(defaultDistrictId: string, relayRole: string): unknown[] {
  return [
    districtTenancyMigration(defaultDistrictId, relayRole),
    districtDirectoryMigration(relayRole),
    DistrictDirectoryRegion1765400000000,
    sharingAgreementMigration(relayRole),
  ];
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

/**
 * Creates the schema and the roles, migrates as the owner, grants the app and relay roles their
 * tables, then connects as the app role (refused if it could bypass row-level security), every
 * connection bound to the district of the code that asks for it.
 */
export async function openDataSource(options: DataSourceOptions, config: ServiceConfig): Promise<DataSource> {
  const roles = databaseRoles(config);
  await ensureSchema(roles.ownerUrl, config.DB_SCHEMA);
  await provisionRoles(roles);
  const owner = await new DataSource({ ...options, url: roles.ownerUrl, poolSize: 2, installExtensions: true } as DataSourceOptions).initialize();
  try {
    await migrateUnderLock(owner, config.DB_SCHEMA);
  } finally {
    await owner.destroy();
  }
  await grantSchema(roles, config.DB_SCHEMA);
  const dataSource = new DataSource(options);
  bindDistrictSessions(dataSource);
  await dataSource.initialize();
  try {
    await assertBoundByRowSecurity((sql) => dataSource.query(sql));
  } catch (err) {
    await dataSource.destroy();
    throw err;
  }
  return dataSource;
}
