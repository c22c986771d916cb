import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A registry entry's optional region (issue 19): a regional-admin of that region sees the district's suppressed counts. */
export class DistrictRegion1765400000100 implements MigrationInterface {
  name = 'DistrictRegion1765400000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE district ADD COLUMN region_id text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE district DROP COLUMN region_id`);
  }
}
