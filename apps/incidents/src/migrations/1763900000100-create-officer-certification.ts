import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOfficerCertification1763900000100 implements MigrationInterface {
  name = 'CreateOfficerCertification1763900000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE officer_certification (
        certification_id uuid PRIMARY KEY,
        staff_id uuid NOT NULL,
        category text,
        issued_on date,
        expires_on date,
        revoked boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX officer_certification_staff_idx ON officer_certification (staff_id, category)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE officer_certification`);
  }
}
