import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCertification1763900000100 implements MigrationInterface {
  name = 'CreateCertification1763900000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE certification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL,
        course_id uuid NOT NULL REFERENCES course (id),
        course_code text NOT NULL,
        category text NOT NULL,
        issued_on date NOT NULL,
        expires_on date CHECK (expires_on IS NULL OR expires_on > issued_on),
        revoked_at timestamptz,
        revoked_reason text CHECK (revoked_reason IN ('recorded-in-error','decertified')),
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX certification_staff_idx ON certification (staff_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certification`);
  }
}
