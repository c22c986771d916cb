import type { QueryRunner } from 'typeorm';

/** node-postgres' client, as far as a named statement needs it. */
interface PgClient {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * `text` as a named prepared statement on the runner's connection: parsed and planned once per
 * pooled connection, where TypeORM's query() re-parses every call (it cannot name a statement).
 * For hot statements whose text never varies; logged like TypeORM's own queries. Row-level
 * security still holds: policies read current_setting() at each execution.
 */
export async function namedQuery<R>(runner: QueryRunner, name: string, text: string, values: unknown[]): Promise<R[]> {
  runner.connection.logger.logQuery(text, values, runner);
  const client = (await runner.connect()) as PgClient;
  return (await client.query({ name, text, values })).rows as R[];
}
