import type { DataSource } from 'typeorm';
import { PLATFORM_DISTRICT_ID, type District } from '#contracts';
import { runInDistrict } from './district-context.js';

type Query = (sql: string, params?: unknown[]) => Promise<unknown>;

const COLUMNS = `id AS "districtId", name, issuer, jwks_url AS "jwksUrl", audience, time_zone AS "timeZone",
  pseudonym_key_id AS "pseudonymKeyId", campus_ids AS "campusIds"`;

/** The projection, read acting in the platform tenant (its rows are no district's). */
export function loadDirectory(dataSource: DataSource): Promise<District[]> {
  return runInDistrict(PLATFORM_DISTRICT_ID, () => dataSource.query(`SELECT ${COLUMNS} FROM district_directory ORDER BY id`) as Promise<District[]>);
}

/** Upserts one entry; the caller's transaction acts in the platform tenant (a registry event, staffing's registry write). */
export async function saveDirectoryEntry(query: Query, d: District): Promise<void> {
  await query(
    `INSERT INTO district_directory (id, name, issuer, jwks_url, audience, time_zone, pseudonym_key_id, campus_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (district_id, id) DO UPDATE SET name = EXCLUDED.name, issuer = EXCLUDED.issuer, jwks_url = EXCLUDED.jwks_url,
       audience = EXCLUDED.audience, time_zone = EXCLUDED.time_zone, pseudonym_key_id = EXCLUDED.pseudonym_key_id,
       campus_ids = EXCLUDED.campus_ids, updated_at = now()`,
    [d.districtId, d.name, d.issuer, d.jwksUrl, d.audience, d.timeZone, d.pseudonymKeyId, d.campusIds],
  );
}
