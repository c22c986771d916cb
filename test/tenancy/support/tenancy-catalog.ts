import type pg from 'pg';

/**
 * What pg_catalog says about one schema's tenancy (issue 19), as readable problems: a table
 * without a district column defaulting to the session's district, without forced row-level
 * security and the district_isolation policy, or with a key, unique index or reference that does
 * not hold the district. An empty list means every base table but `migrations` is the district's.
 */
export async function tenancyProblems(owner: pg.Client, schema: string, relayRole: string): Promise<{ tables: string[]; problems: string[] }> {
  const problems: string[] = [];
  const { rows: tables } = await owner.query<{ oid: number; relname: string; rls: boolean; forced: boolean }>(
    `SELECT oid, relname, relrowsecurity AS rls, relforcerowsecurity AS forced FROM pg_class
      WHERE relnamespace = $1::regnamespace AND relkind IN ('r', 'p') AND relname <> 'migrations' ORDER BY relname`,
    [schema],
  );
  for (const t of tables) {
    const name = t.relname;
    const [column] = (
      await owner.query<{ attnum: number; notnull: boolean; def: string | null }>(
        `SELECT a.attnum, a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS def
           FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
          WHERE a.attrelid = $1 AND a.attname = 'district_id' AND NOT a.attisdropped`,
        [t.oid],
      )
    ).rows;
    if (!column) {
      problems.push(`${name}: no district_id column`);
      continue;
    }
    if (!column.notnull) problems.push(`${name}: district_id is nullable`);
    if (column.def !== `current_setting('app.district_id'::text)`) problems.push(`${name}: district_id defaults to ${column.def}`);
    if (!t.rls || !t.forced) problems.push(`${name}: row-level security enabled=${t.rls} forced=${t.forced}`);
    problems.push(...(await policyProblems(owner, t.oid, name, relayRole)));
    problems.push(...(await keyProblems(owner, t.oid, name, column.attnum)));
  }
  return { tables: tables.map((t) => t.relname), problems };
}

const MINE = `(district_id = current_setting('app.district_id'::text, true))`;

/** district_isolation for everyone; the only other policy is the relay's, on the outbox and inbox. */
async function policyProblems(owner: pg.Client, oid: number, name: string, relayRole: string): Promise<string[]> {
  const problems: string[] = [];
  const { rows } = await owner.query<{ name: string; permissive: boolean; cmd: string; roles: string[]; qual: string; check: string }>(
    `SELECT polname AS name, polpermissive AS permissive, polcmd AS cmd,
            ARRAY(SELECT CASE r WHEN 0 THEN 'public' ELSE r::regrole::text END FROM unnest(polroles) r) AS roles,
            pg_get_expr(polqual, polrelid) AS qual, pg_get_expr(polwithcheck, polrelid) AS check
       FROM pg_policy WHERE polrelid = $1`,
    [oid],
  );
  const isolation = rows.find((p) => p.name === 'district_isolation');
  if (!isolation) problems.push(`${name}: no district_isolation policy`);
  else if (isolation.cmd !== '*' || isolation.roles.join() !== 'public' || isolation.qual !== MINE || isolation.check !== MINE) {
    problems.push(`${name}: district_isolation is ${JSON.stringify(isolation)}`);
  }
  for (const other of rows.filter((p) => p.name !== 'district_isolation')) {
    const relays = ['outbox', 'inbox'].includes(name) && other.name === 'relay_all_districts' && other.roles.join() === relayRole;
    if (!relays) problems.push(`${name}: extra policy ${JSON.stringify(other)} (permissive policies widen what a district sees)`);
  }
  return problems;
}

/** Every PK/UNIQUE/EXCLUDE and unique index holds the district; every FK pairs it with the target's. */
async function keyProblems(owner: pg.Client, oid: number, name: string, district: number): Promise<string[]> {
  const problems: string[] = [];
  const { rows: constraints } = await owner.query<{ name: string; type: string; cols: number[]; fcols: number[] | null; target: string | null; fdistrict: number | null }>(
    `SELECT c.conname AS name, c.contype AS type, c.conkey AS cols, c.confkey AS fcols, c.confrelid::regclass::text AS target,
            (SELECT attnum FROM pg_attribute WHERE attrelid = c.confrelid AND attname = 'district_id' AND NOT attisdropped) AS fdistrict
       FROM pg_constraint c WHERE c.conrelid = $1 AND c.contype IN ('p', 'u', 'x', 'f')`,
    [oid],
  );
  for (const c of constraints) {
    const at = c.cols.indexOf(district);
    if (at < 0) problems.push(`${name}: ${c.name} (${c.type}) does not include district_id`);
    else if (c.type === 'f' && (c.fdistrict === null || c.fcols?.[at] !== c.fdistrict)) {
      problems.push(`${name}: ${c.name} references ${c.target} without pairing district_id with its district_id`);
    }
  }
  // Unique indexes not behind a constraint (CREATE UNIQUE INDEX); key columns only, INCLUDE ones do not count.
  const { rows: indexes } = await owner.query<{ name: string; keys: string; nkeys: number }>(
    `SELECT indexrelid::regclass::text AS name, indkey::text AS keys, indnkeyatts AS nkeys FROM pg_index WHERE indrelid = $1 AND indisunique`,
    [oid],
  );
  for (const i of indexes) {
    if (!i.keys.split(' ').slice(0, i.nkeys).map(Number).includes(district)) problems.push(`${name}: unique index ${i.name} does not include district_id`);
  }
  return problems;
}
