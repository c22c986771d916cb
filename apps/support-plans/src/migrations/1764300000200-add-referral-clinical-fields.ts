import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The differently labelled fields of a referral: EDU-SAFETY safety flag, PSY-NOTE note, SUD information (R3, R5). */
export class AddReferralClinicalFields1764300000200 implements MigrationInterface {
  name = 'AddReferralClinicalFields1764300000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE referral
        ADD COLUMN safety_flag boolean NOT NULL DEFAULT false,
        ADD COLUMN clinical_note text,
        ADD COLUMN substance_use text,
        ADD COLUMN sud_minor_consent_basis text
          CHECK (sud_minor_consent_basis IN ('chemical-addiction','suicide-prevention','abuse')),
        ADD CONSTRAINT referral_sud_minor_basis_needs_sud CHECK (sud_minor_consent_basis IS NULL OR substance_use IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE referral
        DROP COLUMN sud_minor_consent_basis, DROP COLUMN substance_use, DROP COLUMN clinical_note, DROP COLUMN safety_flag`);
  }
}
