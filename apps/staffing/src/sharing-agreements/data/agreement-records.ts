import type { DataSource, EntityManager } from 'typeorm';
import type { District, EventDefinition, SharingAgreement } from '#contracts';
import type { Outbox } from '#messaging';
import { AGREEMENT_COLUMNS, agreementOf, findDirectoryEntry, saveAgreement, sqlQuery } from '#platform';

/*
 * Staffing's record of an agreement IS the platform's `sharing_agreement` row (platform tenant):
 * staffing writes it with its event instead of consuming its own topic. Every call acts in the
 * platform tenant (the platform-admin's request). Its audit: created_at/updated_at on the row, and
 * the recorded/changed events on staffing.sharing-agreement.v1, each the whole agreement.
 */

export interface AgreementRecord {
  agreement: SharingAgreement;
  createdAt: string;
  updatedAt: string;
}

type Db = DataSource | EntityManager;
type Row = Parameters<typeof agreementOf>[0] & { createdAt: Date; updatedAt: Date };

const COLUMNS = `${AGREEMENT_COLUMNS}, created_at AS "createdAt", updated_at AS "updatedAt"`;

const recordOf = ({ createdAt, updatedAt, ...row }: Row): AgreementRecord => ({
  agreement: agreementOf(row),
  createdAt: createdAt.toISOString(),
  updatedAt: updatedAt.toISOString(),
});

/** `forUpdate` holds the row until the transaction ends (a change or an end replacing it). */
export async function findAgreementRecord(db: Db, agreementId: string, forUpdate = false): Promise<AgreementRecord | undefined> {
  const rows = (await db.query(`SELECT ${COLUMNS} FROM sharing_agreement WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [agreementId])) as Row[];
  return rows[0] && recordOf(rows[0]);
}

/** Every agreement, or those a district is party to (either side), by start then as recorded (few: one per partnership). */
export async function listAgreementRecords(db: Db, districtId?: string): Promise<AgreementRecord[]> {
  const where = districtId === undefined ? '' : 'WHERE provider_district_id = $1 OR receiver_district_id = $1';
  const rows = (await db.query(`SELECT ${COLUMNS} FROM sharing_agreement ${where} ORDER BY effective_from, created_at, id`, districtId === undefined ? [] : [districtId])) as Row[];
  return rows.map(recordOf);
}

/** A registry district's entry (its campuses), read in the caller's transaction. */
export const findRegistryDistrict = (em: EntityManager, districtId: string): Promise<District | undefined> =>
  findDirectoryEntry(sqlQuery(em), districtId);

/** Saves the agreement and its event in one transaction; returns the row as stored (with its timestamps). */
export async function publishAgreement(em: EntityManager, outbox: Outbox, agreement: SharingAgreement, event: EventDefinition<SharingAgreement>): Promise<AgreementRecord> {
  await saveAgreement(sqlQuery(em), agreement);
  await outbox.add(em, event, agreement);
  return (await findAgreementRecord(em, agreement.agreementId))!;
}
