import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Safety plans: an EDU-SAFETY summary for the team, and the clinical content behind it. */
export class SafetyPlans1764400000400 implements MigrationInterface {
  name = 'SafetyPlans1764400000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE safety_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        student_id text NOT NULL,
        campus_id text NOT NULL,
        case_id uuid REFERENCES threat_case (id),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','retired')),
        summary text NOT NULL,
        warning_signs jsonb NOT NULL,
        coping_strategies jsonb NOT NULL,
        support_contacts jsonb NOT NULL,
        means_restriction jsonb NOT NULL,
        review_on date,
        version integer NOT NULL DEFAULT 1,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX safety_plan_student_idx ON safety_plan (student_id, created_at)`);
    await q.query(`CREATE INDEX safety_plan_case_idx ON safety_plan (case_id) WHERE case_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE safety_plan`);
  }
}
