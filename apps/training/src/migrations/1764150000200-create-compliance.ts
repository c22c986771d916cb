import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCompliance1764150000200 implements MigrationInterface {
  name = 'CreateCompliance1764150000200';

  async up(q: QueryRunner): Promise<void> {
    // Local read model of staffing's roster events: who the compliance rules apply to.
    await q.query(`
      CREATE TABLE person (
        staff_id uuid PRIMARY KEY,
        employee_id text NOT NULL,
        role text NOT NULL,
        unit text NOT NULL,
        licensed boolean NOT NULL,
        active boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX person_employee_idx ON person (employee_id)`);
    await q.query(`CREATE INDEX person_unit_idx ON person (unit) WHERE active`);
    await q.query(`
      CREATE TABLE officer_proficiency (
        staff_id uuid PRIMARY KEY,
        level text NOT NULL CHECK (level IN ('basic','intermediate','advanced','master')),
        since date NOT NULL,
        recorded_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE officer_proficiency`);
    await q.query(`DROP TABLE person`);
  }
}
