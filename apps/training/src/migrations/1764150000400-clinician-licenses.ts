import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Clinician licenses (number, expiry), their warnings and expiries, and the ethics share of a course's hours. */
export class ClinicianLicenses1764150000400 implements MigrationInterface {
  name = 'ClinicianLicenses1764150000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE course ADD COLUMN ethics_hours numeric(5,1) NOT NULL DEFAULT 0, ADD CONSTRAINT course_ethics_hours CHECK (ethics_hours >= 0 AND ethics_hours <= hours)`);
    await q.query(`
      CREATE TABLE clinician_license (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL,
        license_type text NOT NULL CHECK (license_type IN ('LMSW','LCSW','LPC','LSSP')),
        license_number text NOT NULL,
        issued_on date NOT NULL,
        expires_on date NOT NULL,
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (expires_on > issued_on),
        UNIQUE (staff_id, license_type, expires_on)
      )`);
    await q.query(`CREATE INDEX clinician_license_staff_idx ON clinician_license (staff_id, expires_on)`);
    await q.query(`CREATE INDEX clinician_license_expires_idx ON clinician_license (expires_on)`);
    await q.query(`
      CREATE TABLE license_warning (
        license_id uuid NOT NULL REFERENCES clinician_license (id),
        threshold_days integer NOT NULL,
        as_of date NOT NULL,
        superseded boolean NOT NULL DEFAULT false,
        PRIMARY KEY (license_id, threshold_days)
      )`);
    await q.query(`CREATE TABLE license_expiry (license_id uuid PRIMARY KEY REFERENCES clinician_license (id), expired_on date NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE license_expiry`);
    await q.query(`DROP TABLE license_warning`);
    await q.query(`DROP TABLE clinician_license`);
    await q.query(`ALTER TABLE course DROP CONSTRAINT course_ethics_hours, DROP COLUMN ethics_hours`);
  }
}
