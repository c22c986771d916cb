import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReferral1763900000000 implements MigrationInterface {
  name = 'CreateReferral1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        student_id text NOT NULL,
        campus_id text NOT NULL,
        source text NOT NULL CHECK (source IN ('incident','staff','self','parent')),
        incident_id uuid,
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'received' CHECK (status IN ('received','accepted','declined')),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((source = 'incident') = (incident_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX referral_student_idx ON referral (student_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE referral`);
  }
}
