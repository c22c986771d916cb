import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who ended a break-the-glass grant early, in which role and why (R6: logged like its issue). */
export class BreakGlassEnd1764300000900 implements MigrationInterface {
  name = 'BreakGlassEnd1764300000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE break_glass_grant
        ADD COLUMN ended_by text,
        ADD COLUMN ended_by_role text,
        ADD COLUMN end_reason text,
        ADD CONSTRAINT break_glass_grant_end_recorded
          CHECK ((revoked_at IS NULL) = (ended_by IS NULL) AND (revoked_at IS NULL) = (ended_by_role IS NULL) AND (revoked_at IS NULL) = (end_reason IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE break_glass_grant DROP CONSTRAINT break_glass_grant_end_recorded, DROP COLUMN end_reason, DROP COLUMN ended_by_role, DROP COLUMN ended_by`);
  }
}
