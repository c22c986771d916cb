import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 17: the roster's supervisor links, the chain of command peer support is matched outside of (W8). */
export class StaffSupervisor1764800000100 implements MigrationInterface {
  name = 'StaffSupervisor1764800000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staff_member ADD COLUMN supervisor_id uuid REFERENCES staff_member (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staff_member DROP COLUMN supervisor_id`);
  }
}
