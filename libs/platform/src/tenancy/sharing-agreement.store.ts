import type { DataSource } from 'typeorm';
import { PLATFORM_DISTRICT_ID, type SharingAgreement } from '#contracts';
import type { SqlQuery } from '../database/sql-query.js';
import { runInDistrict } from './district-context.js';

export const AGREEMENT_COLUMNS = `id::text AS "agreementId", provider_district_id AS "providerDistrictId", receiver_district_id AS "receiverDistrictId",
  campus_ids AS "campusIds", shares, effective_from AS "effectiveFrom", effective_until AS "effectiveUntil", ended_at AS "endedAt"`;

interface AgreementRow extends Omit<SharingAgreement, 'effectiveFrom' | 'effectiveUntil' | 'endedAt'> {
  effectiveFrom: Date;
  effectiveUntil: Date | null;
  endedAt: Date | null;
}

/** A row of `sharing_agreement` (selected with AGREEMENT_COLUMNS) as the event carries it. */
export function agreementOf(row: AgreementRow): SharingAgreement {
  return {
    ...row,
    effectiveFrom: row.effectiveFrom.toISOString(),
    effectiveUntil: row.effectiveUntil?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
  };
}

/** Every agreement, read acting in the platform tenant (its rows are no district's). */
export function loadAgreements(dataSource: DataSource): Promise<SharingAgreement[]> {
  return runInDistrict(PLATFORM_DISTRICT_ID, async () => {
    const rows = (await dataSource.query(`SELECT ${AGREEMENT_COLUMNS} FROM sharing_agreement ORDER BY effective_from, id`)) as AgreementRow[];
    return rows.map(agreementOf);
  });
}

/** Upserts one agreement; the caller's transaction acts in the platform tenant (an agreement event, staffing's own write). */
export async function saveAgreement(query: SqlQuery, a: SharingAgreement): Promise<void> {
  await query(
    `INSERT INTO sharing_agreement (id, provider_district_id, receiver_district_id, campus_ids, shares, effective_from, effective_until, ended_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (district_id, id) DO UPDATE SET provider_district_id = EXCLUDED.provider_district_id,
       receiver_district_id = EXCLUDED.receiver_district_id, campus_ids = EXCLUDED.campus_ids, shares = EXCLUDED.shares,
       effective_from = EXCLUDED.effective_from, effective_until = EXCLUDED.effective_until, ended_at = EXCLUDED.ended_at, updated_at = now()`,
    [a.agreementId, a.providerDistrictId, a.receiverDistrictId, a.campusIds, a.shares, a.effectiveFrom, a.effectiveUntil, a.endedAt],
  );
}
