import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateScreening1764800000000 implements MigrationInterface {
  name = 'CreateScreening1764800000000';

  async up(q: QueryRunner): Promise<void> {
    // W2: sealed to author_sub; no other table, topic or service holds any of it.
    await q.query(`
      CREATE TABLE psych_evaluation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL,
        author_sub text NOT NULL,
        author_license text NOT NULL,
        instruments text[] NOT NULL,
        interview_notes text NOT NULL,
        findings text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE psych_declaration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL,
        result text NOT NULL CHECK (result IN ('fit','not-fit')),
        declared_on date NOT NULL,
        evaluator_license text NOT NULL,
        declared_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX psych_declaration_candidate_idx ON psych_declaration (candidate_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE psych_declaration`);
    await q.query(`DROP TABLE psych_evaluation`);
  }
}
