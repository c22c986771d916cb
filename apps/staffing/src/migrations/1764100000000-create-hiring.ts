import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateHiring1764100000000 implements MigrationInterface {
  name = 'CreateHiring1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE position (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        title text NOT NULL,
        role text NOT NULL CHECK (role IN ('officer','clinician','supervisor','director')),
        unit text NOT NULL CHECK (unit IN ('police','behavioral-health')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE requisition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        position_id uuid NOT NULL REFERENCES position (id),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','filled','cancelled')),
        opened_by text NOT NULL,
        opened_at timestamptz NOT NULL,
        filled_at timestamptz,
        CHECK ((status = 'filled') = (filled_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX requisition_position_idx ON requisition (position_id)`);
    await q.query(`
      CREATE TABLE candidate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requisition_id uuid NOT NULL REFERENCES requisition (id),
        display_name text NOT NULL,
        license_number text,
        status text NOT NULL DEFAULT 'screening'
          CHECK (status IN ('screening','interviewing','offer','hired','rejected')),
        employee_id text,
        starts_on date,
        staff_id uuid REFERENCES staff_member (id),
        rejection_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status NOT IN ('offer','hired') OR (employee_id IS NOT NULL AND starts_on IS NOT NULL)),
        CHECK ((status = 'hired') = (staff_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX candidate_requisition_idx ON candidate (requisition_id)`);
    // One decision per side; the primary key is the last line of defence against a double approval.
    await q.query(`
      CREATE TABLE offer_decision (
        candidate_id uuid NOT NULL REFERENCES candidate (id),
        side text NOT NULL CHECK (side IN ('police-chief','bh-director')),
        decision text NOT NULL CHECK (decision IN ('approved','rejected')),
        decided_by text NOT NULL,
        decided_at timestamptz NOT NULL,
        note text,
        PRIMARY KEY (candidate_id, side)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE offer_decision`);
    await q.query(`DROP TABLE candidate`);
    await q.query(`DROP TABLE requisition`);
    await q.query(`DROP TABLE position`);
  }
}
