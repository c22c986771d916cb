import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyset pages of GET /incidents walk (occurred_at, id) newest first. One index per leading filter
 * (campus already has one), so each filter reads only its page; a student is matched through GIN.
 * bench/incidents-list.ts measures them at 1M incidents.
 */
export const INCIDENT_LIST_INDEXES = {
  incident_occurred_idx: 'ON incident (occurred_at, id)',
  incident_status_occurred_idx: 'ON incident (status, occurred_at, id)',
  incident_type_occurred_idx: 'ON incident (type, occurred_at, id)',
  incident_students_idx: 'ON incident USING gin (student_ids)',
} as const;

export class IncidentListIndexes1764200000100 implements MigrationInterface {
  name = 'IncidentListIndexes1764200000100';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, definition] of Object.entries(INCIDENT_LIST_INDEXES)) await q.query(`CREATE INDEX ${name} ${definition}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of Object.keys(INCIDENT_LIST_INDEXES)) await q.query(`DROP INDEX ${name}`);
  }
}
