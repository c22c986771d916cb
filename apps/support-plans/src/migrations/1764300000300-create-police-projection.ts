import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the clinical service has published to the police unit, per record and purpose: the opaque
 * projection id the police side knows it by, and a digest of the last payload, so an unchanged
 * projection is not published (nor logged as a disclosure) again, and one whose basis ended is
 * withdrawn (R9).
 */
export class CreatePoliceProjection1764300000300 implements MigrationInterface {
  name = 'CreatePoliceProjection1764300000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE police_projection (
        projection_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        record_type text NOT NULL,
        record_id uuid NOT NULL,
        student_id text NOT NULL,
        purpose text NOT NULL,
        digest text,
        active boolean NOT NULL DEFAULT false,
        consent_ids uuid[] NOT NULL DEFAULT '{}',
        changed_at timestamptz NOT NULL,
        UNIQUE (record_type, record_id, purpose)
      )`);
    await q.query(`CREATE INDEX police_projection_student_idx ON police_projection (student_id) WHERE active`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE police_projection`);
  }
}
