import type { DataSource } from 'typeorm';
import { currentDistrictId } from './district-context.js';

/** The setting every row-level security policy compares `district_id` with. */
export const DISTRICT_SETTING = 'app.district_id';

type Release = (err?: unknown) => void;
interface PgClient {
  query(sql: string, params: unknown[]): Promise<unknown>;
}
interface PostgresDriverLike {
  obtainMasterConnection(): Promise<[PgClient, Release]>;
}

/**
 * The one place the district reaches PostgreSQL: every connection the DataSource hands out is first
 * set to the district of the code asking for it (none: the empty string, which no row carries, so
 * a query outside any district sees nothing and cannot insert). The district is read when the
 * connection is requested, not when the pool gets round to it. The setting is session-level and
 * made while the connection is idle, so it holds for autocommit statements and transactions alike
 * and no transaction's rollback can undo it; each connection remembers its district, so a
 * deployment with one district pays one round trip per pooled connection, not per request.
 */
export function bindDistrictSessions(dataSource: DataSource): void {
  const driver = dataSource.driver as unknown as PostgresDriverLike;
  const obtain = driver.obtainMasterConnection.bind(driver);
  const districtOf = new WeakMap<PgClient, string>();
  driver.obtainMasterConnection = async () => {
    const wanted = currentDistrictId() ?? '';
    const [client, release] = await obtain();
    if (districtOf.get(client) !== wanted) {
      try {
        await client.query(`SELECT set_config('${DISTRICT_SETTING}', $1, false)`, [wanted]);
      } catch (err) {
        release(err);
        throw err;
      }
      districtOf.set(client, wanted);
    }
    return [client, release];
  };
}

/** Inside a transaction: act in `districtId` until it ends (the consumer's per-district chunks). */
export async function setLocalDistrict(query: (sql: string, params: unknown[]) => Promise<unknown>, districtId: string): Promise<void> {
  await query(`SELECT set_config('${DISTRICT_SETTING}', $1, true)`, [districtId]);
}
