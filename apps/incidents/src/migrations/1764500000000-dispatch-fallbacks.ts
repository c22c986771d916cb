import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Dispatch that never dead-ends: officer-only with a reason, remote clinician consults, voided incidents. */
export class DispatchFallbacks1764500000000 implements MigrationInterface {
  name = 'DispatchFallbacks1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE incident
        DROP CONSTRAINT incident_status_check,
        ADD CONSTRAINT incident_status_check CHECK (status IN ('reported','triaged','dispatched','on-scene','cleared','closed','voided')),
        ADD COLUMN officer_only_reason text CHECK (officer_only_reason IN ('no-clinician-on-call','imminent-danger')),
        ADD COLUMN clinician_mode text CHECK (clinician_mode IN ('in-person','remote')),
        ADD COLUMN voided_at timestamptz,
        ADD COLUMN voided_by text,
        ADD COLUMN void_reason text CHECK (void_reason IN ('duplicate','recorded-in-error','unfounded','cancelled-by-caller')),
        ADD COLUMN void_note text,
        ADD CONSTRAINT incident_void_consistent CHECK ((status = 'voided') = (voided_at IS NOT NULL AND voided_by IS NOT NULL AND void_reason IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE incident
        DROP CONSTRAINT incident_void_consistent,
        DROP COLUMN void_note, DROP COLUMN void_reason, DROP COLUMN voided_by, DROP COLUMN voided_at,
        DROP COLUMN clinician_mode, DROP COLUMN officer_only_reason,
        DROP CONSTRAINT incident_status_check,
        ADD CONSTRAINT incident_status_check CHECK (status IN ('reported','triaged','dispatched','on-scene','cleared','closed'))`);
  }
}
