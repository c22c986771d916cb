import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './district-tenancy.migration.js';

/**
 * Every service's projection of the district registry (staffing.district.v1), appended by the
 * platform to every service after the tenancy migration. Its rows are platform data, stored in the
 * reserved tenant `platform`, so row-level security applies as to any table: `id` is the district
 * the row describes, `district_id` the tenant (always `platform`).
 */
export function districtDirectoryMigration(relayRole: string) {
  return class DistrictDirectory1765200000000 implements MigrationInterface {
    name = 'DistrictDirectory1765200000000';

    async up(q: QueryRunner): Promise<void> {
      await q.query(`
        CREATE TABLE district_directory (
          id text PRIMARY KEY,
          name text NOT NULL,
          issuer text NOT NULL,
          jwks_url text NOT NULL,
          audience text NOT NULL,
          time_zone text NOT NULL,
          pseudonym_key_id text NOT NULL,
          campus_ids text[] NOT NULL DEFAULT '{}',
          updated_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT district_directory_issuer_key UNIQUE (issuer)
        )`);
      await tenantTable(q, 'district_directory', relayRole);
    }

    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE district_directory`);
    }
  };
}

/** The registry entry's optional region (issue 19, regional roles); appended after the directory itself. */
export class DistrictDirectoryRegion1765400000000 implements MigrationInterface {
  name = 'DistrictDirectoryRegion1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE district_directory ADD COLUMN region_id text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE district_directory DROP COLUMN region_id`);
  }
}
