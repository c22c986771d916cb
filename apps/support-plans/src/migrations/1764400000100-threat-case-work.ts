import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Screenings, levels of concern and interventions of threat-assessment cases. */
export class ThreatCaseWork1764400000100 implements MigrationInterface {
  name = 'ThreatCaseWork1764400000100';

  async up(q: QueryRunner): Promise<void> {
    // From the tip: whether the report was anonymous (R11: anonymous reports are allowed).
    await q.query(`ALTER TABLE threat_case ADD COLUMN anonymous_report boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE threat_case ADD COLUMN concern_rationale text`);
    await q.query(`ALTER TABLE threat_case ADD COLUMN assessed_at timestamptz`);
    await q.query(`ALTER TABLE threat_case ADD CONSTRAINT threat_case_assessed_ck CHECK ((level_of_concern IS NULL) = (assessed_at IS NULL))`);
    await q.query(`
      CREATE TABLE threat_screening (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES threat_case (id),
        observed text[] NOT NULL,
        pathway_stage text NOT NULL
          CHECK (pathway_stage IN ('none','grievance','ideation','research-planning','preparation','breach','attack')),
        findings text NOT NULL,
        substance_use_findings text,
        screened_by text NOT NULL,
        screened_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX threat_screening_case_idx ON threat_screening (case_id, screened_at)`);
    await q.query(`
      CREATE TABLE threat_intervention (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES threat_case (id),
        type text NOT NULL,
        care boolean NOT NULL,
        description text NOT NULL,
        assigned_to text,
        care_consent_id uuid,
        added_by text NOT NULL,
        added_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX threat_intervention_case_idx ON threat_intervention (case_id, added_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE threat_intervention`);
    await q.query(`DROP TABLE threat_screening`);
    await q.query(`ALTER TABLE threat_case DROP CONSTRAINT threat_case_assessed_ck`);
    await q.query(`ALTER TABLE threat_case DROP COLUMN assessed_at, DROP COLUMN concern_rationale, DROP COLUMN anonymous_report`);
  }
}
