import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Demographic categories the SIS sends per student (issue 18): closed vocabularies, only for the data teams' group counts. */
export class CreateStudentDemographics1764600000000 implements MigrationInterface {
  name = 'CreateStudentDemographics1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE student_demographics (
        student_id text PRIMARY KEY,
        grade_band text NOT NULL CHECK (grade_band IN ('PK-2','3-5','6-8','9-12')),
        sex text NOT NULL CHECK (sex IN ('female','male','not-reported')),
        race_ethnicity text NOT NULL CHECK (race_ethnicity IN ('hispanic-latino','american-indian-alaska-native','asian','black-african-american','native-hawaiian-pacific-islander','white','two-or-more','not-reported')),
        special_education text NOT NULL CHECK (special_education IN ('iep','section-504','none')),
        emergent_bilingual text NOT NULL CHECK (emergent_bilingual IN ('yes','no')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE student_demographics`);
  }
}
