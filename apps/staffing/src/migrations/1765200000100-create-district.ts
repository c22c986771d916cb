import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from '#platform';

/**
 * The district registry (issue 19). Rows are platform data, in the reserved tenant `platform`
 * (district_id), so row-level security needs no exception; `id` is the district described. One
 * district per issuer: a token's issuer names the only district it may act in.
 */
export class CreateDistrict1765200000100 implements MigrationInterface {
  name = 'CreateDistrict1765200000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE district (
        id text PRIMARY KEY,
        name text NOT NULL,
        issuer text NOT NULL,
        jwks_url text NOT NULL,
        audience text NOT NULL,
        time_zone text NOT NULL,
        pseudonym_key_id text NOT NULL,
        campus_ids text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT district_issuer_key UNIQUE (issuer)
      )`);
    await tenantTable(q, 'district');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE district`);
  }
}
