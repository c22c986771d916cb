import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Threat-assessment cases (TEC 37.115) and their team. `threat_team_member` is also read by the
 * consent gate: an active membership (removed_at null) opens the student's EDU-SAFETY fields to
 * that member for that case (R3c, R11).
 */
export class CreateThreatCase1764400000000 implements MigrationInterface {
  name = 'CreateThreatCase1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE threat_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        student_id text NOT NULL,
        campus_id text NOT NULL,
        origin text NOT NULL CHECK (origin IN ('incident','tip')),
        incident_id uuid,
        tip_id uuid,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
        level_of_concern text CHECK (level_of_concern IN ('low','moderate','high','imminent')),
        pathway_stage text CHECK (pathway_stage IN ('none','grievance','ideation','research-planning','preparation','breach','attack')),
        opened_by text NOT NULL,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        closed_by text,
        closure_outcome text,
        closure_summary text,
        version integer NOT NULL DEFAULT 1,
        CHECK ((origin = 'incident') = (incident_id IS NOT NULL)),
        CHECK ((origin = 'tip') = (tip_id IS NOT NULL)),
        CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      )`);
    // One case per student per tip or incident: redelivered tips and repeated opens find it.
    await q.query(`CREATE UNIQUE INDEX threat_case_tip_student_uq ON threat_case (tip_id, student_id) WHERE tip_id IS NOT NULL`);
    await q.query(
      `CREATE UNIQUE INDEX threat_case_incident_student_uq ON threat_case (incident_id, student_id) WHERE incident_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX threat_case_student_idx ON threat_case (student_id, opened_at)`);

    await q.query(`
      CREATE TABLE threat_team_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES threat_case (id),
        student_id text NOT NULL,
        member_id text NOT NULL,
        discipline text NOT NULL CHECK (discipline IN ('police','clinician','administrator')),
        added_at timestamptz NOT NULL,
        added_by text NOT NULL,
        removed_at timestamptz,
        removed_by text,
        CHECK (removed_at IS NULL OR removed_at >= added_at)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX threat_team_member_active_uq ON threat_team_member (case_id, member_id) WHERE removed_at IS NULL`,
    );
    await q.query(`CREATE INDEX threat_team_member_student_idx ON threat_team_member (student_id, member_id)`);
    await q.query(`CREATE INDEX threat_team_member_case_idx ON threat_team_member (case_id, added_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE threat_team_member`);
    await q.query(`DROP TABLE threat_case`);
  }
}
