import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePsychDeclaration1764800000000 implements MigrationInterface {
  name = 'CreatePsychDeclaration1764800000000';

  async up(q: QueryRunner): Promise<void> {
    // W3: the TCOLE L-3 declarations wellness publishes, and nothing else of the screening.
    await q.query(`
      CREATE TABLE psych_declaration (
        declaration_id uuid PRIMARY KEY,
        candidate_id uuid NOT NULL,
        result text NOT NULL CHECK (result IN ('fit','not-fit')),
        declared_on date NOT NULL,
        evaluator_license text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX psych_declaration_candidate_idx ON psych_declaration (candidate_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE psych_declaration`);
  }
}
