import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19 item 4: who came from where. A responder lent by a partner district under a sharing
 * agreement is recorded on the incident with that district and the agreement; officer_match gains
 * 'partner-district'. Runs after the platform's sharing-agreement migration (1765500000000).
 */
export class PartnerDispatch1765600000000 implements MigrationInterface {
  name = 'PartnerDispatch1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE incident
        DROP CONSTRAINT incident_officer_match_check,
        ADD CONSTRAINT incident_officer_match_check CHECK (officer_match IN ('campus','dispatch-area','partner-district')),
        ADD COLUMN officer_district_id text,
        ADD COLUMN clinician_district_id text,
        ADD COLUMN sharing_agreement_id uuid,
        ADD CONSTRAINT incident_partner_under_agreement CHECK ((officer_district_id IS NULL AND clinician_district_id IS NULL) = (sharing_agreement_id IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE incident
        DROP CONSTRAINT incident_partner_under_agreement,
        DROP COLUMN sharing_agreement_id, DROP COLUMN clinician_district_id, DROP COLUMN officer_district_id,
        DROP CONSTRAINT incident_officer_match_check,
        ADD CONSTRAINT incident_officer_match_check CHECK (officer_match IN ('campus','dispatch-area'))`);
  }
}
