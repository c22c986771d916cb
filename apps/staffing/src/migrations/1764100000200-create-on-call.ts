import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOnCall1764100000200 implements MigrationInterface {
  name = 'CreateOnCall1764100000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campus_group (
        code text PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
        name text NOT NULL,
        campus_ids text[] NOT NULL CHECK (cardinality(campus_ids) > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE on_call_shift (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL REFERENCES staff_member (id),
        campus_group text REFERENCES campus_group (code),
        campus_ids text[] NOT NULL CHECK (cardinality(campus_ids) > 0),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        cancelled boolean NOT NULL DEFAULT false,
        published_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        -- A clinician cannot be on call twice at once; two clinicians on one campus is allowed (and reported).
        CONSTRAINT on_call_shift_no_double_booking EXCLUDE USING gist (
          staff_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
        ) WHERE (NOT cancelled)
      )`);
    await q.query(`CREATE INDEX on_call_shift_campuses_idx ON on_call_shift USING gin (campus_ids)`);
    await q.query(`CREATE INDEX on_call_shift_period_idx ON on_call_shift USING gist (tstzrange(starts_at, ends_at, '[)'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE on_call_shift`);
    await q.query(`DROP TABLE campus_group`);
  }
}
