import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStaffCertification1763900000100 implements MigrationInterface {
  name = 'CreateStaffCertification1763900000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_certification (
        certification_id uuid PRIMARY KEY,
        staff_id uuid NOT NULL,
        course_code text,
        category text,
        issued_on date,
        expires_on date,
        revoked boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX staff_certification_staff_idx ON staff_certification (staff_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE staff_certification`);
  }
}
