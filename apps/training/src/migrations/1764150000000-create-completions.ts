import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCompletions1764150000000 implements MigrationInterface {
  name = 'CreateCompletions1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE instructor (
        sub text PRIMARY KEY,
        display_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE completion_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sha256 text NOT NULL UNIQUE,
        file_name text,
        format text NOT NULL CHECK (format IN ('csv','json')),
        imported_by text NOT NULL,
        imported_at timestamptz NOT NULL,
        total_rows integer NOT NULL DEFAULT 0,
        accepted integer NOT NULL DEFAULT 0,
        duplicates integer NOT NULL DEFAULT 0,
        rejected integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]'
      )`);
    // The natural key makes a completion count once, whichever file or instructor reported it.
    await q.query(`
      CREATE TABLE completion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL,
        course_id uuid NOT NULL REFERENCES course (id),
        course_code text NOT NULL,
        category text NOT NULL,
        completed_on date NOT NULL,
        hours numeric(5,1) NOT NULL CHECK (hours > 0),
        source text NOT NULL CHECK (source IN ('instructor','import')),
        recorded_by text NOT NULL,
        import_id uuid REFERENCES completion_import (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT completion_natural_key UNIQUE (staff_id, course_id, completed_on)
      )`);
    await q.query(`CREATE INDEX completion_staff_day_idx ON completion (staff_id, completed_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE completion`);
    await q.query(`DROP TABLE completion_import`);
    await q.query(`DROP TABLE instructor`);
  }
}
