import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 17: peer-support (W8), stress-management and resilience (W13) course categories. */
export class WellbeingCourseCategories1764800000000 implements MigrationInterface {
  name = 'WellbeingCourseCategories1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE course DROP CONSTRAINT course_category_check`);
    await q.query(`
      ALTER TABLE course ADD CONSTRAINT course_category_check CHECK (category IN ('cit','mental-health-first-aid','de-escalation',
        'tcole-legislative-update','alerrt','joint-session','clinician-ceu','other','peer-support','stress-management','resilience'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE course DROP CONSTRAINT course_category_check`);
    await q.query(`
      ALTER TABLE course ADD CONSTRAINT course_category_check CHECK (category IN ('cit','mental-health-first-aid','de-escalation',
        'tcole-legislative-update','alerrt','joint-session','clinician-ceu','other'))`);
  }
}
