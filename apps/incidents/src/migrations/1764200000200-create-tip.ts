import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tips (TEC 37.115). An anonymous tip keeps no trace of who sent it: no caller, no address, no
 * device. A confidential employee reporter is kept apart in tip_reporter, read by police roles only.
 */
export class CreateTip1764200000200 implements MigrationInterface {
  name = 'CreateTip1764200000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tip (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campus_id text NOT NULL,
        category text NOT NULL CHECK (category IN ('threat','weapon','self-harm-concern','bullying','substance','other')),
        student_ids text[] NOT NULL DEFAULT '{}',
        body text NOT NULL,
        anonymous boolean NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX tip_campus_received_idx ON tip (campus_id, received_at, id)`);
    await q.query(`
      CREATE TABLE tip_reporter (
        tip_id uuid PRIMARY KEY REFERENCES tip (id) ON DELETE CASCADE,
        employee_id text NOT NULL,
        display_name text NOT NULL,
        contact text
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tip_reporter`);
    await q.query(`DROP TABLE tip`);
  }
}
