import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GENESIS_HASH } from '../disclosures/domain/chain.js';

/**
 * The record of disclosures (R7, 34 CFR 99.32): append-only and hash-chained. `disclosure_chain`
 * is the single-row head every append locks (FOR UPDATE), so concurrent disclosures never fork the
 * chain; a trigger refuses UPDATE and DELETE, and the hashes reveal whoever gets past it.
 */
export class CreateDisclosureLog1764300000100 implements MigrationInterface {
  name = 'CreateDisclosureLog1764300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE disclosure (
        seq bigint PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        student_id text NOT NULL,
        disclosed_at timestamptz NOT NULL,
        exempt boolean NOT NULL,
        entry jsonb NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL UNIQUE
      )`);
    await q.query(`CREATE INDEX disclosure_student_idx ON disclosure (student_id, seq)`);
    await q.query(`
      CREATE TABLE disclosure_chain (
        id smallint PRIMARY KEY CHECK (id = 1),
        seq bigint NOT NULL,
        head_hash text NOT NULL
      )`);
    await q.query(`INSERT INTO disclosure_chain (id, seq, head_hash) VALUES (1, 0, $1)`, [GENESIS_HASH]);
    await q.query(`
      CREATE FUNCTION disclosure_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the record of disclosures is append-only (R7)';
      END $$`);
    await q.query(`
      CREATE TRIGGER disclosure_append_only BEFORE UPDATE OR DELETE ON disclosure
      FOR EACH ROW EXECUTE FUNCTION disclosure_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE disclosure_chain`);
    await q.query(`DROP TABLE disclosure`);
    await q.query(`DROP FUNCTION disclosure_append_only()`);
  }
}
