import type { DataSource } from 'typeorm';
import { PLATFORM_DISTRICT_ID, type District } from '#contracts';
import { runInDistrict } from './district-context.js';

type Query = (sql: string, params?: unknown[]) => Promise<unknown>;

const COLUMNS = `id AS "districtId", name, issuer, jwks_url AS "jwksUrl", audience, time_zone AS "timeZone",
  pseudonym_key_id AS "pseudonymKeyId", campus_ids AS "campusIds", region_id AS "regionId"`;

/** The projection, read acting in the platform tenant (its rows are no district's). */
export function loadDirectory(dataSource: DataSource): Promise<District[]> {
  return runInDistrict(PLATFORM_DISTRICT_ID, async () => {
    const rows = (await dataSource.query(`SELECT ${COLUMNS} FROM district_directory ORDER BY id`)) as (District & { regionId: string | null })[];
    // A district in no region has no regionId at all, as in its event.
    return rows.map(({ regionId, ...d }) => (regionId === null ? d : { ...d, regionId }));
  });
}

/** Upserts one entry; the caller's transaction acts in the platform tenant (a registry event, staffing's registry write). */
export async function saveDirectoryEntry(query: Query, d: District): Promise<void> {
  await query(
    `INSERT INTO district_directory (id, name, issuer, jwks_url, audience, time_zone, pseudonym_key_id, campus_ids, region_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (district_id, id) DO UPDATE SET name = EXCLUDED.name, issuer = EXCLUDED.issuer, jwks_url = EXCLUDED.jwks_url,
       audience = EXCLUDED.audience, time_zone = EXCLUDED.time_zone, pseudonym_key_id = EXCLUDED.pseudonym_key_id,
       campus_ids = EXCLUDED.campus_ids, region_id = EXCLUDED.region_id, updated_at = now()`,
    [d.districtId, d.name, d.issuer, d.jwksUrl, d.audience, d.timeZone, d.pseudonymKeyId, d.campusIds, d.regionId ?? null],
  );
}
