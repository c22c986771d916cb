import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbound referrals from support plans to community providers, with their status. */
export class ProviderReferrals1764400000800 implements MigrationInterface {
  name = 'ProviderReferrals1764400000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE provider_referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES support_plan (id),
        student_id text NOT NULL,
        provider_id uuid NOT NULL REFERENCES community_provider (id),
        consent_ids text[] NOT NULL,
        classes text[] NOT NULL,
        notices text[] NOT NULL,
        status text NOT NULL CHECK (status IN ('sent','accepted','first-appointment','closed','no-show')),
        first_appointment_on date,
        sent_by text NOT NULL,
        sent_at timestamptz NOT NULL,
        status_changed_at timestamptz NOT NULL,
        status_changed_by text NOT NULL
      )`);
    await q.query(`CREATE INDEX provider_referral_plan_idx ON provider_referral (plan_id, sent_at)`);
    await q.query(`CREATE INDEX provider_referral_awaiting_idx ON provider_referral (status_changed_at, id) WHERE status IN ('sent', 'accepted')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE provider_referral`);
  }
}
