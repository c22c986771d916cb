/**
 * A query on the caller's connection or transaction: what the platform's table helpers (district
 * directory, sharing agreements, cross-district access, the district setting) take, so one helper
 * serves an EntityManager, a DataSource and a QueryRunner alike.
 */
export type SqlQuery = (sql: string, params?: unknown[]) => Promise<unknown>;

/** `db.query` as a SqlQuery. */
export function sqlQuery(db: { query(sql: string, params?: unknown[]): Promise<unknown> }): SqlQuery {
  return (sql, params) => db.query(sql, params);
}
