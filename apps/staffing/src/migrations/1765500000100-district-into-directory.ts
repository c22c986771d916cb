import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PLATFORM_DISTRICT_ID, setLocalDistrict } from '#platform';

/**
 * The registry is staffing's rows of the platform's district_directory (platform migrations
 * 1765200000000 and 1765400000000, before this one by timestamp). Dev and test schemas of the two
 * days before kept a `district` table beside it (migrations 1765200000100 and 1765400000100, since
 * retired), written in the same transaction: a row the directory lacks is copied, one it has is
 * kept, and the table goes. Elsewhere there is no table and nothing to do. Registry rows are the
 * platform tenant's, so the owner acts in it (row-level security is forced on the owner too).
 */
export class DistrictIntoDirectory1765500000100 implements MigrationInterface {
  name = 'DistrictIntoDirectory1765500000100';

  async up(q: QueryRunner): Promise<void> {
    const [legacy] = (await q.query(
      `SELECT to_regclass('district') IS NOT NULL AS present,
              EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'district' AND column_name = 'region_id') AS region`,
    )) as { present: boolean; region: boolean }[];
    if (!legacy.present) return;
    await setLocalDistrict((sql, params) => q.query(sql, params), PLATFORM_DISTRICT_ID);
    await q.query(`
      INSERT INTO district_directory (district_id, id, name, issuer, jwks_url, audience, time_zone, pseudonym_key_id, campus_ids, region_id, updated_at)
      SELECT district_id, id, name, issuer, jwks_url, audience, time_zone, pseudonym_key_id, campus_ids, ${legacy.region ? 'region_id' : 'NULL'}, updated_at FROM district
      ON CONFLICT DO NOTHING`);
    await q.query(`DROP TABLE district`);
  }

  async down(): Promise<void> {
    // Nothing to restore: the directory rows were the registry all along.
  }
}
