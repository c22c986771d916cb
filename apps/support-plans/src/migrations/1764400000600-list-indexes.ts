import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes of the case queue and the support-plan lists: (filters, sort keys...) so pages are index range scans. */
export const CLINICAL_LIST_INDEXES: Record<string, string> = {
  threat_case_queue_idx: 'ON threat_case (status, opened_at, id)',
  threat_case_campus_queue_idx: 'ON threat_case (campus_id, status, opened_at, id)',
  threat_case_concern_queue_idx: 'ON threat_case (level_of_concern, status, opened_at, id)',
  support_plan_status_started_idx: 'ON support_plan (status, started_at, id)',
  support_plan_clinician_started_idx: 'ON support_plan (assigned_clinician_id, status, started_at, id)',
  support_plan_campus_started_idx: 'ON support_plan (campus_id, status, started_at, id)',
};

export class ClinicalListIndexes1764400000600 implements MigrationInterface {
  name = 'ClinicalListIndexes1764400000600';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, definition] of Object.entries(CLINICAL_LIST_INDEXES)) await q.query(`CREATE INDEX ${name} ${definition}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of Object.keys(CLINICAL_LIST_INDEXES)) await q.query(`DROP INDEX ${name}`);
  }
}
