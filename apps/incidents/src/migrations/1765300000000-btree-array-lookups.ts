import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from '#platform';

/**
 * Under row-level security PostgreSQL never uses a GIN index for `array @> ARRAY[x]`: the operator
 * is not leakproof, so the policy's district test must run first (bench/tenancy.ts: a student's
 * history became a seq scan of the district). Each array lookup gets a btree side table instead,
 * led by district_id like every key, whose equality operators are leakproof:
 *  - incident_student: one row per student of an incident, in the list's keyset order;
 *  - on_call_shift_campus: one row per campus of a shift that is not cancelled, with its holder,
 *    found by the instant it covers (ends_at first: shifts ahead are bounded, past ones pile up);
 *    dispatch's lookup reads it alone, not on_call_shift;
 *  - support_disclosure_consent: the consents each disclosure was built under, for revocations
 *    (once per revocation, but a scan of the district's disclosures without it).
 * Written in the same statement as the row they mirror; backfilled here across every district.
 */
export class BtreeArrayLookups1765300000000 implements MigrationInterface {
  name = 'BtreeArrayLookups1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE incident_student (
        student_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        incident_id uuid NOT NULL,
        PRIMARY KEY (student_id, occurred_at, incident_id)
      )`);
    await tenantTable(q, 'incident_student');
    await q.query(`
      CREATE TABLE on_call_shift_campus (
        campus_id text NOT NULL,
        shift_id uuid NOT NULL,
        staff_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        PRIMARY KEY (shift_id, campus_id)
      )`);
    await q.query(`CREATE INDEX on_call_shift_campus_covering_idx ON on_call_shift_campus (campus_id, ends_at, starts_at, shift_id, staff_id)`);
    await tenantTable(q, 'on_call_shift_campus');
    await q.query(`
      CREATE TABLE support_disclosure_consent (
        projection_id uuid NOT NULL,
        consent_id uuid NOT NULL,
        PRIMARY KEY (projection_id, consent_id)
      )`);
    await q.query(`CREATE INDEX support_disclosure_consent_consent_idx ON support_disclosure_consent (consent_id)`);
    await tenantTable(q, 'support_disclosure_consent');
    // The referenced keys already lead with district_id, so the foreign keys come after the column.
    await q.query(`ALTER TABLE incident_student ADD FOREIGN KEY (district_id, incident_id) REFERENCES incident (district_id, id)`);
    await q.query(
      `ALTER TABLE on_call_shift_campus ADD FOREIGN KEY (district_id, shift_id) REFERENCES on_call_shift (district_id, shift_id) ON DELETE CASCADE`,
    );
    await q.query(
      `ALTER TABLE support_disclosure_consent ADD FOREIGN KEY (district_id, projection_id) REFERENCES support_disclosure (district_id, projection_id) ON DELETE CASCADE`,
    );
    const tables = ['incident', 'incident_student', 'on_call_shift', 'on_call_shift_campus', 'support_disclosure', 'support_disclosure_consent'];
    await acrossDistricts(q, tables, async () => {
      await q.query(
        `INSERT INTO incident_student (district_id, student_id, occurred_at, incident_id)
         SELECT DISTINCT i.district_id, s.student_id, i.occurred_at, i.id FROM incident i, unnest(i.student_ids) AS s (student_id)`,
      );
      await q.query(
        `INSERT INTO on_call_shift_campus (district_id, campus_id, shift_id, staff_id, starts_at, ends_at)
         SELECT DISTINCT sh.district_id, c.campus_id, sh.shift_id, sh.staff_id, sh.starts_at, sh.ends_at
           FROM on_call_shift sh, unnest(sh.campus_ids) AS c (campus_id) WHERE NOT sh.cancelled`,
      );
      await q.query(
        `INSERT INTO support_disclosure_consent (district_id, projection_id, consent_id)
         SELECT DISTINCT d.district_id, d.projection_id, c.consent_id FROM support_disclosure d, unnest(d.consent_ids) AS c (consent_id)`,
      );
    });
    await q.query(`DROP INDEX incident_students_idx`);
    await q.query(`DROP INDEX on_call_shift_campuses_idx`);
    await q.query(`DROP INDEX support_disclosure_consents_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX support_disclosure_consents_idx ON support_disclosure USING gin (consent_ids)`);
    await q.query(`CREATE INDEX on_call_shift_campuses_idx ON on_call_shift USING gin (campus_ids)`);
    await q.query(`CREATE INDEX incident_students_idx ON incident USING gin (student_ids)`);
    await q.query(`DROP TABLE support_disclosure_consent`);
    await q.query(`DROP TABLE on_call_shift_campus`);
    await q.query(`DROP TABLE incident_student`);
  }
}

/**
 * The backfill reads and writes every district's rows, which the forced policy hides from the
 * owner (no superuser in production); the owner lifts FORCE for this transaction's statements only.
 */
async function acrossDistricts(q: QueryRunner, tables: string[], fn: () => Promise<void>): Promise<void> {
  for (const t of tables) await q.query(`ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY`);
  await fn();
  for (const t of tables) await q.query(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
}
