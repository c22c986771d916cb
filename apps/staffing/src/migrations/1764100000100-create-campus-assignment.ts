import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCampusAssignment1764100000100 implements MigrationInterface {
  name = 'CreateCampusAssignment1764100000100';

  async up(q: QueryRunner): Promise<void> {
    // btree_gist lets an exclusion constraint compare uuids with =. It goes to public (database-wide,
    // default operator classes are found from any schema); the lock stops concurrent schemas racing to create it.
    await q.query(`SELECT pg_advisory_xact_lock(hashtext('extension:btree_gist'))`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public`);
    await q.query(`
      CREATE TABLE campus_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL REFERENCES staff_member (id),
        campus_id text NOT NULL,
        is_primary boolean NOT NULL,
        effective_from date NOT NULL,
        effective_to date,
        cancelled boolean NOT NULL DEFAULT false,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (effective_to IS NULL OR effective_to > effective_from),
        CONSTRAINT campus_assignment_no_overlapping_primary EXCLUDE USING gist (
          staff_id WITH =, daterange(effective_from, effective_to, '[)') WITH &&
        ) WHERE (is_primary AND NOT cancelled)
      )`);
    await q.query(`CREATE INDEX campus_assignment_campus_idx ON campus_assignment (campus_id, effective_from)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE campus_assignment`);
  }
}
