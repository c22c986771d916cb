import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSupport1764800000100 implements MigrationInterface {
  name = 'CreateSupport1764800000100';

  async up(q: QueryRunner): Promise<void> {
    // W1, W7: offers and sessions. Held, when and by whom; there is no column for what was said.
    await q.query(`
      CREATE TABLE support_offer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('debrief','peer-support')),
        source text NOT NULL CHECK (source IN ('critical-incident','self-request')),
        critical_incident_id uuid,
        reason text,
        offered_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        answer text CHECK (answer IN ('accepted','declined')),
        answered_at timestamptz,
        supporter_kind text CHECK (supporter_kind IN ('peer','eap')),
        assigned_to text,
        due_at timestamptz,
        held_at timestamptz,
        held_by text,
        UNIQUE (staff_id, critical_incident_id)
      )`);
    await q.query(`CREATE INDEX support_offer_staff_idx ON support_offer (staff_id)`);
    await q.query(`CREATE INDEX support_offer_assigned_idx ON support_offer (assigned_to) WHERE assigned_to IS NOT NULL`);
    // W9: the one exception, shown to the staff member.
    await q.query(`
      CREATE TABLE escalation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES support_offer (id),
        staff_id uuid NOT NULL,
        by_sub text NOT NULL,
        clinician_sub text NOT NULL,
        clinician_license text NOT NULL,
        justification text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX escalation_staff_idx ON escalation (staff_id)`);
    await q.query(`
      CREATE TABLE eap_clinician (
        sub text PRIMARY KEY,
        display_name text NOT NULL,
        license text NOT NULL,
        active boolean NOT NULL DEFAULT true
      )`);
    // Read models fed by events: the roster (units, supervisors) and peer-support certifications (W8).
    await q.query(`
      CREATE TABLE staff_member (
        staff_id uuid PRIMARY KEY,
        role text NOT NULL,
        unit text NOT NULL,
        supervisor_id uuid,
        active boolean NOT NULL
      )`);
    await q.query(`
      CREATE TABLE peer_certification (
        certification_id uuid PRIMARY KEY,
        staff_id uuid NOT NULL,
        issued_on date NOT NULL,
        expires_on date,
        revoked boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX peer_certification_staff_idx ON peer_certification (staff_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['peer_certification', 'staff_member', 'eap_clinician', 'escalation', 'support_offer']) await q.query(`DROP TABLE ${t}`);
  }
}
