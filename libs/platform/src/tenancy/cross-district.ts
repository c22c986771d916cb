import type { SqlQuery } from '../database/sql-query.js';
import { RequestContext } from '../http/request-context.js';
import { DISTRICT_SETTING, setLocalDistrict } from './district-session.js';

/**
 * Inside the caller's transaction: runs `fn` acting in `districtId` (its rows, under row-level
 * security), then acts again in the district the transaction was in, even when `fn` throws. The
 * one way code reads another district's rows, always under a sharing agreement and audited
 * (recordCrossDistrictAccess); `fn` must use `query` only, not the outbox or entities.
 */
export async function withinDistrict<T>(query: SqlQuery, districtId: string, fn: () => Promise<T>): Promise<T> {
  const [{ current }] = (await query(`SELECT current_setting('${DISTRICT_SETTING}', true) AS current`)) as { current: string | null }[];
  await setLocalDistrict(query, districtId);
  try {
    return await fn();
  } finally {
    await setLocalDistrict(query, current ?? '');
  }
}

export type CrossDistrictAccessKind = 'dispatch' | 'read' | 'act';

export interface CrossDistrictAccess {
  /** dispatch: a partner's staff sent to this district's incident; read: a partner's rows read; act: a partner's staff acting here. */
  kind: CrossDistrictAccessKind;
  agreementId: string;
  /** The district acted in: the incident's or the student's. */
  actingDistrictId: string;
  /** The partner district whose staff or rows were used. */
  partnerDistrictId: string;
  /** Who: `staff:<id>` or the token subject (`sub:<district>/<sub>`). */
  actor: string;
  /** What: `incident:<id>`, `route:<METHOD> <path>`. Never a student's name or a clinical detail. */
  subject: string;
}

/**
 * Audits one cross-district access in the caller's transaction, in both districts: the acting
 * district's admins and the partner's each see every use of their people and rows, and it commits
 * or rolls back with the access itself.
 */
export async function recordCrossDistrictAccess(query: SqlQuery, entry: CrossDistrictAccess): Promise<void> {
  const insert = () =>
    query(
      `INSERT INTO cross_district_access (kind, agreement_id, acting_district_id, partner_district_id, actor, subject, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [entry.kind, entry.agreementId, entry.actingDistrictId, entry.partnerDistrictId, entry.actor, entry.subject, RequestContext.current()?.correlationId ?? null],
    );
  await withinDistrict(query, entry.actingDistrictId, insert);
  await withinDistrict(query, entry.partnerDistrictId, insert);
}
