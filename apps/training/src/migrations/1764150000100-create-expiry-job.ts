import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateExpiryJob1764150000100 implements MigrationInterface {
  name = 'CreateExpiryJob1764150000100';

  async up(q: QueryRunner): Promise<void> {
    // One row per (certification, threshold), inserted with its event: a second run finds it and stays quiet.
    await q.query(`
      CREATE TABLE certification_warning (
        certification_id uuid NOT NULL REFERENCES certification (id),
        threshold_days integer NOT NULL CHECK (threshold_days IN (30, 60, 90)),
        as_of date NOT NULL,
        superseded boolean NOT NULL,
        warned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (certification_id, threshold_days)
      )`);
    await q.query(`
      CREATE TABLE certification_expiry (
        certification_id uuid PRIMARY KEY REFERENCES certification (id),
        expired_on date NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX certification_expires_idx ON certification (expires_on) WHERE revoked_at IS NULL AND expires_on IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX certification_expires_idx`);
    await q.query(`DROP TABLE certification_expiry`);
    await q.query(`DROP TABLE certification_warning`);
  }
}
