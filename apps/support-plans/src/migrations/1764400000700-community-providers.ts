import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The registry of community providers (agency, services, contact, 42 CFR Part 2 program). */
export class CommunityProviders1764400000700 implements MigrationInterface {
  name = 'CommunityProviders1764400000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE community_provider (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency text NOT NULL CHECK (length(agency) BETWEEN 2 AND 200),
        services text[] NOT NULL CHECK (cardinality(services) > 0),
        contact_name text,
        contact_phone text,
        contact_email text,
        part2_program boolean NOT NULL,
        active boolean NOT NULL DEFAULT true,
        added_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX community_provider_agency_idx ON community_provider (agency, id) WHERE active`);
    await q.query(`CREATE INDEX community_provider_services_idx ON community_provider USING gin (services)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE community_provider`);
  }
}
