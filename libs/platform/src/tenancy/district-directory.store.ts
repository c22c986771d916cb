import type { DataSource } from 'typeorm';
import { PLATFORM_DISTRICT_ID, type District } from '#contracts';
import { sqlQuery, type SqlQuery } from '../database/sql-query.js';
import { runInDistrict } from './district-context.js';

const COLUMNS = `id AS "districtId", name, issuer, jwks_url AS "jwksUrl", audience, time_zone AS "timeZone",
  pseudonym_key_id AS "pseudonymKeyId", campus_ids AS "campusIds", region_id AS "regionId"`;

const INSERT = `INSERT INTO district_directory (id, name, issuer, jwks_url, audience, time_zone, pseudonym_key_id, campus_ids, region_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

type Row = District & { regionId: string | null };

// A district in no region has no regionId at all, as in its event.
const entryOf = ({ regionId, ...d }: Row): District => (regionId === null ? d : { ...d, regionId });

/** The projection, read acting in the platform tenant. */
export function loadDirectory(dataSource: DataSource): Promise<District[]> {
  return runInDistrict(PLATFORM_DISTRICT_ID, () => listDirectory(sqlQuery(dataSource)));
}

/** Every entry, by id. */
export async function listDirectory(query: SqlQuery): Promise<District[]> {
  return ((await query(`SELECT ${COLUMNS} FROM district_directory ORDER BY id`)) as Row[]).map(entryOf);
}

/** One entry; `forUpdate` locks its row until the transaction ends (staffing's registry replacing it). */
export async function findDirectoryEntry(query: SqlQuery, districtId: string, forUpdate = false): Promise<District | undefined> {
  const rows = (await query(`SELECT ${COLUMNS} FROM district_directory WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [districtId])) as Row[];
  return rows[0] && entryOf(rows[0]);
}

/** The district holding `issuer`, unless it is `except` (one district per issuer). */
export async function directoryIssuerHolder(query: SqlQuery, issuer: string, except?: string): Promise<string | undefined> {
  const [holder] = (await query(`SELECT id FROM district_directory WHERE issuer = $1`, [issuer])) as { id: string }[];
  return holder && holder.id !== except ? holder.id : undefined;
}

/** Upserts one entry (a registry event, staffing's registry replacing an entry). */
export async function saveDirectoryEntry(query: SqlQuery, d: District): Promise<void> {
  await query(
    `${INSERT}
     ON CONFLICT (district_id, id) DO UPDATE SET name = EXCLUDED.name, issuer = EXCLUDED.issuer, jwks_url = EXCLUDED.jwks_url,
       audience = EXCLUDED.audience, time_zone = EXCLUDED.time_zone, pseudonym_key_id = EXCLUDED.pseudonym_key_id,
       campus_ids = EXCLUDED.campus_ids, region_id = EXCLUDED.region_id, updated_at = now()`,
    paramsOf(d),
  );
}

/** Inserts a new entry only: a concurrent registration of the same id or issuer fails on its key (staffing's registry). */
export async function insertDirectoryEntry(query: SqlQuery, d: District): Promise<void> {
  await query(INSERT, paramsOf(d));
}

function paramsOf(d: District): unknown[] {
  return [d.districtId, d.name, d.issuer, d.jwksUrl, d.audience, d.timeZone, d.pseudonymKeyId, d.campusIds, d.regionId ?? null];
}
