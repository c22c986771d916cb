import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local read models for co-responder dispatch, fed by staffing and training events only (never
 * their tables). Whole-state upserts carry the event time (as_of), so an older state never
 * overwrites a newer one. dispatch_area_campus is incidents' own configuration of "nearby".
 */
export class CreateCoResponderRoster1764200000300 implements MigrationInterface {
  name = 'CreateCoResponderRoster1764200000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE roster_staff (
        staff_id uuid PRIMARY KEY,
        employee_id text,
        role text,
        unit text,
        licensed boolean NOT NULL DEFAULT false,
        added_at timestamptz,
        deactivated_at timestamptz,
        deactivation_reason text
      )`);
    await q.query(`
      CREATE TABLE roster_assignment (
        assignment_id uuid PRIMARY KEY,
        staff_id uuid NOT NULL,
        campus_id text NOT NULL,
        is_primary boolean NOT NULL,
        effective_from date NOT NULL,
        effective_to date,
        cancelled boolean NOT NULL,
        as_of timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX roster_assignment_campus_idx ON roster_assignment (campus_id, staff_id)`);
    await q.query(`
      CREATE TABLE on_call_shift (
        shift_id uuid PRIMARY KEY,
        staff_id uuid NOT NULL,
        campus_ids text[] NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        cancelled boolean NOT NULL,
        as_of timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX on_call_shift_campuses_idx ON on_call_shift USING gin (campus_ids)`);
    await q.query(`
      CREATE TABLE officer_eligibility_change (
        event_id uuid PRIMARY KEY,
        staff_id uuid NOT NULL,
        cit_certified boolean NOT NULL,
        valid_through date,
        certification_id uuid,
        reason text NOT NULL,
        effective_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX officer_eligibility_change_staff_idx ON officer_eligibility_change (staff_id, effective_at DESC)`);
    await q.query(`
      CREATE TABLE dispatch_area_campus (
        campus_id text PRIMARY KEY,
        area_id text NOT NULL
      )`);
    await q.query(`CREATE INDEX dispatch_area_campus_area_idx ON dispatch_area_campus (area_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['dispatch_area_campus', 'officer_eligibility_change', 'on_call_shift', 'roster_assignment', 'roster_staff']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
