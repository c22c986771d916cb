import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Triage, dispatch and response times on the incident; dispositions and uses of force beside it. */
export class IncidentLifecycle1764200000000 implements MigrationInterface {
  name = 'IncidentLifecycle1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE incident
        ADD COLUMN priority text CHECK (priority IN ('routine','urgent','emergency')),
        ADD COLUMN co_response_indicated boolean,
        ADD COLUMN triaged_at timestamptz,
        ADD COLUMN co_response boolean,
        ADD COLUMN officer_staff_id uuid,
        ADD COLUMN clinician_staff_id uuid,
        ADD COLUMN officer_match text CHECK (officer_match IN ('campus','dispatch-area')),
        ADD COLUMN dispatched_at timestamptz,
        ADD COLUMN on_scene_at timestamptz,
        ADD COLUMN cleared_at timestamptz,
        ADD COLUMN closed_at timestamptz`);
    // Dispatch prefers responders who are not already out on another incident.
    await q.query(`CREATE INDEX incident_active_officer_idx ON incident (officer_staff_id) WHERE status IN ('dispatched','on-scene')`);
    await q.query(`CREATE INDEX incident_active_clinician_idx ON incident (clinician_staff_id) WHERE status IN ('dispatched','on-scene')`);
    await q.query(`
      CREATE TABLE incident_disposition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id uuid NOT NULL REFERENCES incident (id),
        student_id text NOT NULL,
        disposition text NOT NULL CHECK (disposition IN (
          'no-action','counselled','referred-to-behavioral-health','diversion-program','citation','arrest','emergency-detention')),
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        referral_request_id uuid,
        UNIQUE (incident_id, student_id)
      )`);
    await q.query(`
      CREATE TABLE incident_use_of_force (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id uuid NOT NULL REFERENCES incident (id),
        student_id text,
        force_type text NOT NULL CHECK (force_type IN (
          'physical-control','handcuffs','takedown','oc-spray','conducted-energy-device','baton','firearm-pointed','firearm-discharged','other')),
        subject_injury text NOT NULL CHECK (subject_injury IN ('none','minor','serious')),
        officer_injury text NOT NULL CHECK (officer_injury IN ('none','minor','serious')),
        clinician_present boolean NOT NULL,
        description text,
        used_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX incident_use_of_force_incident_idx ON incident_use_of_force (incident_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE incident_use_of_force`);
    await q.query(`DROP TABLE incident_disposition`);
    await q.query(`DROP INDEX incident_active_clinician_idx`);
    await q.query(`DROP INDEX incident_active_officer_idx`);
    await q.query(`
      ALTER TABLE incident
        DROP COLUMN priority, DROP COLUMN co_response_indicated, DROP COLUMN triaged_at, DROP COLUMN co_response,
        DROP COLUMN officer_staff_id, DROP COLUMN clinician_staff_id, DROP COLUMN officer_match, DROP COLUMN dispatched_at,
        DROP COLUMN on_scene_at, DROP COLUMN cleared_at, DROP COLUMN closed_at`);
  }
}
