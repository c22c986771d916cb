import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { localDate } from '#consent';
import { ConsentGate } from '../../consent-gate/data/consent-gate.js';
import type { ListOverdueReviewsQuery, OverdueReviewsResponse } from './list-overdue-reviews.dto.js';

const DAY_MS = 86_400_000;

/**
 * Active plans whose review date has passed in the district's calendar: due on D means overdue
 * from the local midnight that ends D, whatever the server's zone.
 */
@Injectable()
export class ListOverdueReviewsHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: ConsentGate,
  ) {}

  async execute(q: ListOverdueReviewsQuery, asOf: Date): Promise<OverdueReviewsResponse> {
    const today = localDate(asOf, this.gate.policy.timeZone);
    const params: unknown[] = [today];
    let filter = '';
    if (q.campusId) filter += ` AND campus_id = $${params.push(q.campusId)}`;
    if (q.assignedClinicianId) filter += ` AND assigned_clinician_id = $${params.push(q.assignedClinicianId)}`;
    const rows = (await this.dataSource.query(
      `SELECT id, student_id, campus_id, assigned_clinician_id, to_char(next_review_on, 'YYYY-MM-DD') AS next_review_on
         FROM support_plan
        WHERE status = 'active' AND next_review_on < $1::date${filter}
        ORDER BY next_review_on, id
        LIMIT $${params.push(q.limit ?? 100)}`,
      params,
    )) as { id: string; student_id: string; campus_id: string; assigned_clinician_id: string; next_review_on: string }[];
    return {
      asOf: asOf.toISOString(),
      today,
      items: rows.map((r) => ({
        planId: r.id,
        studentId: r.student_id,
        campusId: r.campus_id,
        assignedClinicianId: r.assigned_clinician_id,
        nextReviewOn: r.next_review_on,
        daysOverdue: (Date.parse(today) - Date.parse(r.next_review_on)) / DAY_MS,
      })),
    };
  }
}
