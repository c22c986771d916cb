import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DISTRICT_SETTING } from './district-session.js';

/** Tables the relay reads across districts (its role has a policy of its own on them). */
export const RELAY_TABLES = ['outbox', 'inbox'] as const;
const SKIP = new Set(['migrations']);

interface Row {
  [column: string]: string;
}

/**
 * Every table of a service's schema made the district's (issue 19): a `district_id` column that
 * defaults to the session's district (so no INSERT names it, and none can name another), first in
 * every key and btree index, and a row-level security policy, forced on the owner too. Existing
 * rows are the deployment's first district's. Written once for all services from the catalog, so
 * a table cannot be forgotten; tables created by later migrations call `tenantTable`.
 */
export function districtTenancyMigration(firstDistrictId: string, relayRole: string) {
  return class DistrictTenancy1765100000000 implements MigrationInterface {
    name = 'DistrictTenancy1765100000000';

    async up(q: QueryRunner): Promise<void> {
      const tables = ((await q.query(
        `SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' ORDER BY relname`,
      )) as Row[]).map((r) => r.relname).filter((t) => !SKIP.has(t));
      await tenantTables(q, tables, firstDistrictId, relayRole);
    }

    async down(): Promise<void> {
      throw new Error('district tenancy cannot be undone: rows of several districts would collide');
    }
  };
}

/**
 * For a migration that creates tables after the tenancy one: the same treatment. The relay role
 * matters only for the outbox and inbox (its policy); a feature's table needs none.
 */
export async function tenantTable(q: QueryRunner, table: string, relayRole?: string): Promise<void> {
  if (RELAY_TABLES.includes(table as never) && !relayRole) throw new Error(`tenantTable(${table}) needs the relay role`);
  await tenantTables(q, [table], '', relayRole ?? '');
}

async function tenantTables(q: QueryRunner, tables: string[], firstDistrictId: string, relayRole: string): Promise<void> {
  if (tables.length === 0) return;
  const quoted = tables.map((t) => `'${t.replace(/'/g, "''")}'`).join(', ');
  const ours = `(SELECT oid FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relname IN (${quoted}))`;
  const inTables = `conrelid IN ${ours}`;
  for (const t of tables) await addDistrictColumn(q, t, firstDistrictId);
  // Foreign keys come off first: the keys they reference are rebuilt with the district in them.
  const fks = (await q.query(
    `SELECT conname, conrelid::regclass::text AS tbl, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE contype = 'f' AND connamespace = current_schema()::regnamespace AND (${inTables} OR confrelid IN ${ours})`,
  )) as Row[];
  for (const fk of fks) await q.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${ident(fk.conname)}`);
  const keys = (await q.query(
    `SELECT conname, conrelid::regclass::text AS tbl, contype, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE contype IN ('p', 'u', 'x') AND connamespace = current_schema()::regnamespace AND ${inTables}`,
  )) as Row[];
  for (const key of keys) {
    await q.query(`ALTER TABLE ${key.tbl} DROP CONSTRAINT ${ident(key.conname)}`);
    await q.query(`ALTER TABLE ${key.tbl} ADD CONSTRAINT ${ident(key.conname)} ${withDistrictKey(key.def, key.contype, bare(key.tbl))}`);
  }
  const indexes = (await q.query(
    `SELECT i.indexrelid::regclass::text AS name, c.relname AS tbl, i.indisunique::text AS uniq, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relname IN (${quoted})
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
  )) as Row[];
  for (const index of indexes) {
    // The relay walks the outbox by id across districts; its scans keep their indexes as they are.
    if (!index.def.includes(' USING btree (') || (RELAY_TABLES.includes(index.tbl as never) && index.uniq !== 'true')) continue;
    await q.query(`DROP INDEX ${index.name}`);
    await q.query(index.def.replace(' USING btree (', ' USING btree (district_id, '));
  }
  for (const fk of fks) await q.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${ident(fk.conname)} ${withDistrictForeignKey(fk.def)}`);
  for (const t of tables) await isolate(q, t, relayRole);
}

async function addDistrictColumn(q: QueryRunner, table: string, firstDistrictId: string): Promise<void> {
  const t = ident(table);
  // Rows already there are the first district's; a table created later starts empty.
  await q.query(`ALTER TABLE ${t} ADD COLUMN district_id text${firstDistrictId ? ` NOT NULL DEFAULT '${firstDistrictId.replace(/'/g, "''")}'` : ''}`);
  if (!firstDistrictId) await q.query(`ALTER TABLE ${t} ALTER COLUMN district_id SET NOT NULL`);
  // New rows take the session's district, and a session without one (the empty string) cannot insert.
  await q.query(`ALTER TABLE ${t} ALTER COLUMN district_id SET DEFAULT current_setting('${DISTRICT_SETTING}')`);
  await q.query(`ALTER TABLE ${t} ADD CONSTRAINT ${ident(`${table}_district_id_set`)} CHECK (district_id <> '')`);
}

async function isolate(q: QueryRunner, table: string, relayRole: string): Promise<void> {
  const t = ident(table);
  const mine = `district_id = current_setting('${DISTRICT_SETTING}', true)`;
  await q.query(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
  await q.query(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
  await q.query(`CREATE POLICY district_isolation ON ${t} USING (${mine}) WITH CHECK (${mine})`);
  if (RELAY_TABLES.includes(table as never)) {
    await q.query(`CREATE POLICY relay_all_districts ON ${t} TO ${ident(relayRole)} USING (true) WITH CHECK (true)`);
  }
}

/** `PRIMARY KEY (id)` → `PRIMARY KEY (district_id, id)`; the outbox keeps id first for the relay. */
export function withDistrictKey(def: string, contype: string, table: string): string {
  if (contype === 'x') return def.replace(/^EXCLUDE USING (\w+) \(/, 'EXCLUDE USING $1 (district_id WITH =, ');
  if (RELAY_TABLES.includes(table as never) && table === 'outbox') return def.replace(/\)/, ', district_id)');
  return def.replace('(', '(district_id, ');
}

/** `FOREIGN KEY (a) REFERENCES t(id) ON DELETE SET NULL` → both sides lead with district_id; SET NULL names its columns. */
export function withDistrictForeignKey(def: string): string {
  const columns = /^FOREIGN KEY \(([^)]*)\)/.exec(def)?.[1];
  if (!columns) throw new Error(`unexpected foreign key definition: ${def}`);
  return def
    .replace(/^FOREIGN KEY \(/, 'FOREIGN KEY (district_id, ')
    .replace(/REFERENCES ([^(]+)\(/, 'REFERENCES $1(district_id, ')
    .replace(/ON DELETE SET (NULL|DEFAULT)(?! \()/, `ON DELETE SET $1 (${columns})`);
}

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function bare(regclassText: string): string {
  return regclassText.split('.').pop()!.replace(/"/g, '');
}
