import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIncident1763900000000 implements MigrationInterface {
  name = 'CreateIncident1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE incident (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campus_id text NOT NULL,
        location text NOT NULL,
        occurred_at timestamptz NOT NULL,
        type text NOT NULL CHECK (type IN ('disturbance','threat','self-harm-concern','weapon','fight','welfare-check','other')),
        student_ids text[] NOT NULL DEFAULT '{}',
        narrative text NOT NULL,
        mental_health_crisis boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'reported'
          CHECK (status IN ('reported','triaged','dispatched','on-scene','cleared','closed')),
        reported_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX incident_campus_occurred_idx ON incident (campus_id, occurred_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE incident`);
  }
}
