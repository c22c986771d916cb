import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referral decisions (accept or decline, with reasons) and the intake of referrals from incident
 * dispositions: the minimum LE facts copied in are part of the education record from then on (R1).
 */
export class ReferralDecisions1764400000200 implements MigrationInterface {
  name = 'ReferralDecisions1764400000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE referral
        ADD COLUMN referral_request_id uuid,
        ADD COLUMN incident_type text,
        ADD COLUMN incident_occurred_at timestamptz,
        ADD COLUMN mental_health_crisis boolean,
        ADD COLUMN disposition text CHECK (disposition IN ('referred-to-behavioral-health','diversion-program')),
        ADD COLUMN decided_by text,
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN decline_reason text
          CHECK (decline_reason IN ('no-clinical-need','already-in-services','served-elsewhere','family-declined','duplicate','outside-district','other')),
        ADD COLUMN decision_note text,
        ADD COLUMN assigned_clinician_id text,
        ADD CONSTRAINT referral_decided_ck CHECK ((status = 'received') = (decided_at IS NULL) AND (decided_at IS NULL) = (decided_by IS NULL)),
        ADD CONSTRAINT referral_declined_ck CHECK ((status = 'declined') = (decline_reason IS NOT NULL)),
        ADD CONSTRAINT referral_request_needs_incident_ck CHECK (referral_request_id IS NULL OR source = 'incident')`);
    // One referral per police referral request, however often the request is delivered.
    await q.query(`CREATE UNIQUE INDEX referral_request_uq ON referral (referral_request_id) WHERE referral_request_id IS NOT NULL`);
    // The intake queue: referrals awaiting a decision, oldest first.
    await q.query(`CREATE INDEX referral_status_created_idx ON referral (status, created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX referral_status_created_idx`);
    await q.query(`DROP INDEX referral_request_uq`);
    await q.query(`
      ALTER TABLE referral
        DROP CONSTRAINT referral_request_needs_incident_ck, DROP CONSTRAINT referral_declined_ck, DROP CONSTRAINT referral_decided_ck,
        DROP COLUMN assigned_clinician_id, DROP COLUMN decision_note, DROP COLUMN decline_reason, DROP COLUMN decided_at,
        DROP COLUMN decided_by, DROP COLUMN disposition, DROP COLUMN mental_health_crisis, DROP COLUMN incident_occurred_at,
        DROP COLUMN incident_type, DROP COLUMN referral_request_id`);
  }
}
