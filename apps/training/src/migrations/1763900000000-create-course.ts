import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCourse1763900000000 implements MigrationInterface {
  name = 'CreateCourse1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE course (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        title text NOT NULL,
        category text NOT NULL CHECK (category IN ('cit','mental-health-first-aid','de-escalation',
          'tcole-legislative-update','alerrt','joint-session','clinician-ceu','other')),
        hours numeric(5,1) NOT NULL CHECK (hours > 0),
        validity_months integer CHECK (validity_months IS NULL OR validity_months > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE course`);
  }
}
