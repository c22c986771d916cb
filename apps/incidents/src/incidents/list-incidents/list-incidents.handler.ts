import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, keysetTimestamp, pageSize, Problem, toPage } from '#platform';
import type { IncidentPage, ListIncidentsQuery } from './list-incidents.dto.js';

interface Row {
  id: string;
  campus_id: string;
  location: string;
  occurred_at: Date;
  type: string;
  student_ids: string[];
  mental_health_crisis: boolean;
  status: string;
  priority: string | null;
  co_response: boolean | null;
  cursor_at: string;
}

/** Only the filters given become predicates, so each query can use the index of its leading filter. */
export function listQuery(q: ListIncidentsQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const where: string[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  if (q.campusId) where.push(`campus_id = ${p(q.campusId)}`);
  if (q.type) where.push(`type = ${p(q.type)}`);
  if (q.status) where.push(`status = ${p(q.status)}`);
  if (q.studentId) where.push(`student_ids @> ARRAY[${p(q.studentId)}]::text[]`);
  if (q.from) where.push(`occurred_at >= ${p(q.from)}::timestamptz`);
  if (q.to) where.push(`occurred_at < ${p(q.to)}::timestamptz`);
  if (q.cursor) {
    const [at, id] = decodeCursor(q.cursor, ['timestamp', 'uuid']);
    where.push(`(occurred_at, id) < (${p(at)}::timestamptz, ${p(id)}::uuid)`);
  }
  const limit = p(pageSize(q) + 1);
  const sql = `SELECT id, campus_id, location, occurred_at, type, student_ids, mental_health_crisis, status, priority, co_response,
                      ${keysetTimestamp('occurred_at')} AS cursor_at
                 FROM incident ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                ORDER BY occurred_at DESC, id DESC
                LIMIT ${limit}`;
  return { sql, params };
}

@Injectable()
export class ListIncidentsHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(q: ListIncidentsQuery): Promise<IncidentPage> {
    if (q.from && q.to && Date.parse(q.from) >= Date.parse(q.to)) {
      const message = 'from must be before to';
      throw new Problem(400, 'REQUEST.VALIDATION_FAILED', message, { errors: [{ field: 'from', message }] });
    }
    const { sql, params } = listQuery(q);
    const rows: Row[] = await this.dataSource.query(sql, params);
    return toPage(rows, pageSize(q), (r) => [r.cursor_at, r.id], (r) => ({
      id: r.id,
      campusId: r.campus_id,
      location: r.location,
      occurredAt: r.occurred_at.toISOString(),
      type: r.type,
      studentIds: r.student_ids,
      mentalHealthCrisis: r.mental_health_crisis,
      status: r.status,
      priority: r.priority,
      coResponse: r.co_response,
    }));
  }
}
