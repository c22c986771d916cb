import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SupportDisclosureResponse } from './support-disclosure.response.js';

interface Row {
  projection_id: string;
  record_type: string;
  student_id: string;
  purpose: string;
  data: Record<string, unknown>;
  consent_ids: string[];
  grant_ids: string[];
  notices: string[];
  valid_until: Date;
  projected_at: Date;
}

@Injectable()
export class ListSupportDisclosuresHandler {
  constructor(private readonly dataSource: DataSource) {}

  /** Past its basis's end a row is not shown, whether or not a later event has removed it yet (R4, R9). */
  async execute(studentId: string, purpose: string, now: Date): Promise<SupportDisclosureResponse[]> {
    const rows = (await this.dataSource.query(
      `SELECT projection_id, record_type, student_id, purpose, data, consent_ids, grant_ids, notices, valid_until, projected_at
         FROM support_disclosure WHERE student_id = $1 AND purpose = $2 AND valid_until > $3 ORDER BY projected_at, projection_id`,
      [studentId, purpose, now],
    )) as Row[];
    return rows.map((r) => ({
      projectionId: r.projection_id,
      recordType: r.record_type,
      studentId: r.student_id,
      purpose: r.purpose,
      data: r.data,
      consentIds: r.consent_ids,
      grantIds: r.grant_ids,
      redisclosure: 'prohibited',
      notices: r.notices,
      validUntil: r.valid_until.toISOString(),
      projectedAt: r.projected_at.toISOString(),
    }));
  }
}
