import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStaffStatus1764100000300 implements MigrationInterface {
  name = 'CreateStaffStatus1764100000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE staff_member
        ADD COLUMN deactivated_at timestamptz,
        ADD COLUMN deactivation_reason text
          CHECK (deactivation_reason IN ('separated','leave','recorded-in-error','other')),
        ADD CONSTRAINT staff_member_deactivation_consistent
          CHECK (active = (deactivated_at IS NULL) AND (deactivated_at IS NULL) = (deactivation_reason IS NULL))`);
    // Local read model of training.eligibility.changed: the officer half of co-responder eligibility.
    await q.query(`
      CREATE TABLE staff_eligibility (
        staff_id uuid PRIMARY KEY,
        cit_certified boolean NOT NULL,
        valid_through date,
        certification_id uuid,
        reason text NOT NULL,
        effective_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE staff_eligibility`);
    await q.query(`ALTER TABLE staff_member DROP CONSTRAINT staff_member_deactivation_consistent,
      DROP COLUMN deactivation_reason, DROP COLUMN deactivated_at`);
  }
}
