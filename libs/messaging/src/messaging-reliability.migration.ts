import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CreateMessagingTables1763900000001 } from './messaging-tables.migration.js';

/**
 * Parked outbox rows (the broker rejects them for good: they no longer block the schema's outbox)
 * and indexes for the relay's claim and the retention clean-up.
 */
export class MessagingReliability1764900000000 implements MigrationInterface {
  name = 'MessagingReliability1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN parked_at timestamptz`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE sent_at IS NULL AND parked_at IS NULL`);
    await q.query(`CREATE INDEX outbox_parked_idx ON outbox (id) WHERE parked_at IS NOT NULL`);
    await q.query(`DROP INDEX outbox_unsent_idx`);
    await q.query(`CREATE INDEX inbox_processed_at_idx ON inbox (processed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX inbox_processed_at_idx`);
    await q.query(`CREATE INDEX outbox_unsent_idx ON outbox (id) WHERE sent_at IS NULL`);
    await q.query(`DROP INDEX outbox_parked_idx`);
    await q.query(`DROP INDEX outbox_pending_idx`);
    await q.query(`ALTER TABLE outbox DROP COLUMN parked_at`);
  }
}

/** Every service lists these (in this order) among its migrations. */
export const MESSAGING_MIGRATIONS = [CreateMessagingTables1763900000001, MessagingReliability1764900000000];
