import pg from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';
import { MESSAGING_MIGRATIONS } from '#messaging';

/** A DataSource on a fresh schema of `url` with the messaging tables (and any extra migrations). */
export async function messagingDataSource(url: string, schema: string, extra: (new () => MigrationInterface)[] = [], poolSize = 10): Promise<DataSource> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } finally {
    await admin.end();
  }
  return new DataSource({
    type: 'postgres',
    url,
    schema,
    migrations: [...MESSAGING_MIGRATIONS, ...extra],
    migrationsRun: true,
    poolSize,
    extra: { options: `-c search_path=${schema}` },
  }).initialize();
}

/** Counter or gauge value from a prom-client registry (0 when absent). */
export async function metric(registry: { getSingleMetric(name: string): { get(): Promise<{ values: { value: number; labels: object }[] }> } | undefined }, name: string): Promise<number> {
  const m = registry.getSingleMetric(name);
  if (!m) return 0;
  return (await m.get()).values.reduce((sum, v) => sum + v.value, 0);
}
