import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What decide() reads besides the record: the student registry (fed by the SIS: the 18-year rule
 * and the guardians of record, R4), consents (R4, R5) and break-the-glass grants (R6).
 */
export class CreateConsentTables1764300000000 implements MigrationInterface {
  name = 'CreateConsentTables1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE student (
        student_id text PRIMARY KEY,
        date_of_birth date NOT NULL,
        guardian_ids text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        student_id text NOT NULL,
        signer_role text NOT NULL CHECK (signer_role IN ('guardian','student','minor-self')),
        signer_id text NOT NULL,
        signed_at timestamptz NOT NULL,
        classes text[] NOT NULL CHECK (cardinality(classes) > 0),
        purposes text[] NOT NULL CHECK (cardinality(purposes) > 0),
        recipients jsonb NOT NULL,
        effective_from timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        minor_consent_basis text CHECK (minor_consent_basis IN ('chemical-addiction','suicide-prevention','abuse')),
        part2 jsonb,
        revoked_at timestamptz,
        revoked_by text,
        revocation_reason text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        CHECK (expires_at > effective_from),
        CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
      )`);
    await q.query(`CREATE INDEX consent_student_idx ON consent (student_id, recorded_at)`);
    await q.query(`
      CREATE TABLE break_glass_grant (
        id uuid PRIMARY KEY,
        student_id text NOT NULL,
        grantee text NOT NULL,
        grantee_role text NOT NULL,
        threat text NOT NULL,
        justification text NOT NULL,
        recipients jsonb NOT NULL,
        issued_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CHECK (expires_at > issued_at)
      )`);
    await q.query(`CREATE INDEX break_glass_grant_student_idx ON break_glass_grant (student_id, expires_at)`);
    await q.query(`CREATE INDEX break_glass_grant_expires_idx ON break_glass_grant (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE break_glass_grant`);
    await q.query(`DROP TABLE consent`);
    await q.query(`DROP TABLE student`);
  }
}
