import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The police side's read model of consented clinical data (support.police-projection.v1), and the
 * consents it has heard were revoked: a projection built under one of them is never stored, even
 * when it arrives after the revocation (they travel on different partitions) (R9).
 */
export class CreateSupportDisclosure1764300000500 implements MigrationInterface {
  name = 'CreateSupportDisclosure1764300000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE support_disclosure (
        projection_id uuid PRIMARY KEY,
        record_type text NOT NULL,
        student_id text NOT NULL,
        purpose text NOT NULL,
        data jsonb NOT NULL,
        consent_ids uuid[] NOT NULL,
        grant_ids uuid[] NOT NULL,
        redisclosure text NOT NULL CHECK (redisclosure = 'prohibited'),
        notices text[] NOT NULL,
        valid_until timestamptz NOT NULL,
        projected_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX support_disclosure_student_idx ON support_disclosure (student_id, purpose, valid_until)`);
    await q.query(`CREATE INDEX support_disclosure_consents_idx ON support_disclosure USING gin (consent_ids)`);
    await q.query(`
      CREATE TABLE support_disclosure_revoked_consent (
        consent_id uuid PRIMARY KEY,
        revoked_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE support_disclosure_revoked_consent`);
    await q.query(`DROP TABLE support_disclosure`);
  }
}
