import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Psychotherapy notes (PSY-NOTE): append-only, never on any topic; a correction is a new note. */
export class ClinicalNotes1764400000500 implements MigrationInterface {
  name = 'ClinicalNotes1764400000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE clinical_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        student_id text NOT NULL,
        author_id text NOT NULL,
        body text NOT NULL,
        support_plan_id uuid REFERENCES support_plan (id),
        written_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX clinical_note_student_idx ON clinical_note (student_id, written_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE clinical_note`);
  }
}
