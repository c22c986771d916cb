import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStaffMember1763900000000 implements MigrationInterface {
  name = 'CreateStaffMember1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id text NOT NULL UNIQUE,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('officer','clinician','supervisor','director')),
        unit text NOT NULL CHECK (unit IN ('police','behavioral-health')),
        license_number text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role <> 'clinician' OR license_number IS NOT NULL)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE staff_member`);
  }
}
