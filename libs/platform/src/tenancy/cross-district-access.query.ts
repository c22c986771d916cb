import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '../errors/problem.js';
import { decodeCursor, keysetTimestamp, toPage } from '../pagination/keyset-cursor.js';
import { pageSize } from '../pagination/page-query.js';
import type { CrossDistrictAccessPage, CrossDistrictAccessResponse, ListCrossDistrictAccessQuery } from './cross-district-access.dto.js';

interface Row extends Omit<CrossDistrictAccessResponse, 'at'> {
  at: Date;
  keyAt: string;
  keyId: string;
}

/**
 * The audit of cross-district access as the caller's district sees it: row-level security keeps it
 * to the rows written in that district (an access is written in both districts concerned).
 */
@Injectable()
export class CrossDistrictAccessLog {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first, keyset-paginated on (at, id), which the table's (district_id, at, id) index serves. */
  async list(q: ListCrossDistrictAccessQuery): Promise<CrossDistrictAccessPage> {
    if (q.from && q.to && Date.parse(q.from) > Date.parse(q.to)) {
      throw new Problem(400, 'REQUEST.VALIDATION_FAILED', 'to must not be before from', { errors: [{ field: 'to', message: 'to must not be before from' }] });
    }
    const size = pageSize(q);
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (v: unknown) => `$${params.push(v)}`;
    if (q.from) where.push(`at >= ${param(q.from)}::timestamptz`);
    if (q.to) where.push(`at < ${param(q.to)}::timestamptz`);
    if (q.cursor) {
      const [at, id] = decodeCursor(q.cursor, ['timestamp', 'int']);
      where.push(`(at, id) < (${param(at)}::timestamptz, ${param(id)}::bigint)`);
    }
    const rows = (await this.dataSource.query(
      `SELECT at, kind, agreement_id::text AS "agreementId", acting_district_id AS "actingDistrictId", partner_district_id AS "partnerDistrictId",
              actor, subject, correlation_id AS "correlationId", ${keysetTimestamp('at')} AS "keyAt", id::text AS "keyId"
         FROM cross_district_access ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY at DESC, id DESC LIMIT ${param(size + 1)}`,
      params,
    )) as Row[];
    return toPage(rows, size, (r) => [r.keyAt, Number(r.keyId)], ({ keyAt: _k, keyId: _i, at, ...r }) => ({ ...r, at: at.toISOString() }));
  }
}
