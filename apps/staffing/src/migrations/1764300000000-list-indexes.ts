import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes of the roster and hiring lists: (filter, sort keys...) so every page is an index range scan. */
export const STAFFING_LIST_INDEXES: Record<string, string> = {
  staff_member_name_idx: 'ON staff_member (active, display_name, id)',
  staff_member_role_name_idx: 'ON staff_member (role, active, display_name, id)',
  staff_member_unit_name_idx: 'ON staff_member (unit, active, display_name, id)',
  position_role_code_idx: 'ON position (role, code)',
  position_unit_code_idx: 'ON position (unit, code)',
  requisition_status_opened_idx: 'ON requisition (status, opened_at, id)',
  requisition_position_opened_idx: 'ON requisition (position_id, status, opened_at, id)',
  candidate_created_idx: 'ON candidate (created_at, id)',
  candidate_status_created_idx: 'ON candidate (status, created_at, id)',
  candidate_requisition_created_idx: 'ON candidate (requisition_id, created_at, id)',
  campus_assignment_staff_campus_idx: 'ON campus_assignment (staff_id, campus_id)',
};

export class StaffingListIndexes1764300000000 implements MigrationInterface {
  name = 'StaffingListIndexes1764300000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, definition] of Object.entries(STAFFING_LIST_INDEXES)) await q.query(`CREATE INDEX ${name} ${definition}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of Object.keys(STAFFING_LIST_INDEXES)) await q.query(`DROP INDEX ${name}`);
  }
}
