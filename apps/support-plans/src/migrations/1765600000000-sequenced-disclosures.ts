import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sequenced chaining of the record of disclosures (issue 16): the disclosing transaction inserts
 * its entry without touching the chain head, so disclosures no longer wait for each other; a
 * sealer links committed entries into the chain afterwards (seq, prev_hash, hash set once, in
 * `pos` order). The entry still commits or rolls back with the disclosure (R7). The trigger now
 * lets exactly that one change through: an unsealed entry getting its place in the chain.
 */
export class SequencedDisclosures1765600000000 implements MigrationInterface {
  name = 'SequencedDisclosures1765600000000';

  async up(q: QueryRunner): Promise<void> {
    // Insert order: what the sealer chains by. Rows already there are sealed, so their pos is moot.
    await q.query(`ALTER TABLE disclosure ADD COLUMN pos bigserial NOT NULL`);
    // seq cannot be the primary key once it is NULL until sealed; it stays unique per district.
    await q.query(`ALTER TABLE disclosure DROP CONSTRAINT disclosure_pkey`);
    await q.query(`ALTER TABLE disclosure DROP CONSTRAINT disclosure_id_key`);
    await q.query(`ALTER TABLE disclosure ADD CONSTRAINT disclosure_pkey PRIMARY KEY (district_id, id)`);
    await q.query(`ALTER TABLE disclosure ADD CONSTRAINT disclosure_seq_key UNIQUE (district_id, seq)`);
    await q.query(`ALTER TABLE disclosure ALTER COLUMN seq DROP NOT NULL, ALTER COLUMN prev_hash DROP NOT NULL, ALTER COLUMN hash DROP NOT NULL`);
    await q.query(`ALTER TABLE disclosure ADD CONSTRAINT disclosure_sealed_whole CHECK ((seq IS NULL) = (prev_hash IS NULL) AND (seq IS NULL) = (hash IS NULL))`);
    await q.query(`CREATE INDEX disclosure_unsealed_idx ON disclosure (district_id, pos) WHERE seq IS NULL`);
    await q.query(`
      CREATE OR REPLACE FUNCTION disclosure_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
           AND (NEW.district_id, NEW.id, NEW.pos, NEW.student_id, NEW.disclosed_at, NEW.exempt, NEW.entry)
               IS NOT DISTINCT FROM (OLD.district_id, OLD.id, OLD.pos, OLD.student_id, OLD.disclosed_at, OLD.exempt, OLD.entry) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'the record of disclosures is append-only (R7)';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ n }] = (await q.query(`SELECT count(*)::int AS n FROM disclosure WHERE seq IS NULL`)) as { n: number }[];
    if (n > 0) throw new Error(`${n} disclosure(s) not sealed yet: seal them before reverting`);
    await q.query(`
      CREATE OR REPLACE FUNCTION disclosure_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the record of disclosures is append-only (R7)';
      END $$`);
    await q.query(`DROP INDEX disclosure_unsealed_idx`);
    await q.query(`ALTER TABLE disclosure DROP CONSTRAINT disclosure_sealed_whole`);
    await q.query(`ALTER TABLE disclosure ALTER COLUMN seq SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL`);
    await q.query(`ALTER TABLE disclosure DROP CONSTRAINT disclosure_seq_key`);
    await q.query(`ALTER TABLE disclosure DROP CONSTRAINT disclosure_pkey`);
    await q.query(`ALTER TABLE disclosure ADD CONSTRAINT disclosure_id_key UNIQUE (district_id, id)`);
    await q.query(`ALTER TABLE disclosure ADD CONSTRAINT disclosure_pkey PRIMARY KEY (district_id, seq)`);
    await q.query(`ALTER TABLE disclosure DROP COLUMN pos`);
  }
}
