import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './district-tenancy.migration.js';

/**
 * Every service's sharing agreements (staffing.sharing-agreement.v1; staffing's are the record
 * itself) and its audit of cross-district access (issue 19). Agreements are platform data, stored
 * in the reserved tenant `platform` like the district directory. Each access is audited twice, in
 * the district acted in and in the partner district whose staff or rows were used, so each district
 * sees every use of its people and records, and no other district's.
 */
export function sharingAgreementMigration(relayRole: string) {
  return class SharingAgreements1765500000000 implements MigrationInterface {
    name = 'SharingAgreements1765500000000';

    async up(q: QueryRunner): Promise<void> {
      await q.query(`
        CREATE TABLE sharing_agreement (
          id uuid PRIMARY KEY,
          provider_district_id text NOT NULL,
          receiver_district_id text NOT NULL,
          campus_ids text[] NOT NULL,
          shares text[] NOT NULL,
          effective_from timestamptz NOT NULL,
          effective_until timestamptz,
          ended_at timestamptz,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT sharing_agreement_two_districts CHECK (provider_district_id <> receiver_district_id),
          CONSTRAINT sharing_agreement_dates CHECK (effective_until IS NULL OR effective_until > effective_from)
        )`);
      await tenantTable(q, 'sharing_agreement', relayRole);
      await q.query(`
        CREATE TABLE cross_district_access (
          id bigserial PRIMARY KEY,
          at timestamptz NOT NULL DEFAULT now(),
          kind text NOT NULL CHECK (kind IN ('dispatch', 'read', 'act')),
          agreement_id uuid NOT NULL,
          acting_district_id text NOT NULL,
          partner_district_id text NOT NULL,
          actor text NOT NULL,
          subject text NOT NULL,
          correlation_id text
        )`);
      await q.query(`CREATE INDEX cross_district_access_at ON cross_district_access (at, id)`);
      await tenantTable(q, 'cross_district_access', relayRole);
    }

    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE cross_district_access`);
      await q.query(`DROP TABLE sharing_agreement`);
    }
  };
}
