import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWellbeingTraining1764800000200 implements MigrationInterface {
  name = 'CreateWellbeingTraining1764800000200';

  async up(q: QueryRunner): Promise<void> {
    // W13: stress-management and resilience completions from training's events, for the yearly goal.
    await q.query(`
      CREATE TABLE wellbeing_completion (
        completion_id uuid PRIMARY KEY,
        staff_id uuid NOT NULL,
        completed_on date NOT NULL,
        hours numeric(6,1) NOT NULL
      )`);
    await q.query(`CREATE INDEX wellbeing_completion_year_idx ON wellbeing_completion (completed_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE wellbeing_completion`);
  }
}
