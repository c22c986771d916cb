import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Support plans (goals, interventions, assigned clinician, review dates) and their reviews. */
export class SupportPlans1764400000300 implements MigrationInterface {
  name = 'SupportPlans1764400000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE support_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        student_id text NOT NULL,
        campus_id text NOT NULL,
        referral_id uuid REFERENCES referral (id),
        assigned_clinician_id text NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','completed','discontinued')),
        goals jsonb NOT NULL,
        interventions jsonb NOT NULL,
        next_review_on date,
        care_consent_id uuid,
        started_by text NOT NULL,
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'active') = (ended_at IS NULL)),
        CHECK ((status = 'active') = (next_review_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX support_plan_student_idx ON support_plan (student_id, started_at)`);
    // The overdue list reads active plans by review date only.
    await q.query(`CREATE INDEX support_plan_review_due_idx ON support_plan (next_review_on, id) WHERE status = 'active'`);
    await q.query(`
      CREATE TABLE support_plan_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES support_plan (id),
        outcome text NOT NULL CHECK (outcome IN ('continue','complete','discontinue')),
        summary text NOT NULL,
        due_on date NOT NULL,
        next_review_on date,
        reviewed_by text NOT NULL,
        reviewed_at timestamptz NOT NULL,
        CHECK ((outcome = 'continue') = (next_review_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX support_plan_review_plan_idx ON support_plan_review (plan_id, reviewed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE support_plan_review`);
    await q.query(`DROP TABLE support_plan`);
  }
}
