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

/**
 * Only the filters given become predicates, so each query can use the index of its leading filter.
 * A student's history walks incident_student (district, student, occurred_at, incident) in the
 * same keyset order: a GIN index on student_ids is never used under row-level security.
 */
export function listQuery(q: ListIncidentsQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const where: string[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  // The keyset columns of the table the walk is led by; the side table's equal the incident's.
  const [at, key] = q.studentId ? ['s.occurred_at', 's.incident_id'] : ['i.occurred_at', 'i.id'];
  if (q.studentId) where.push(`s.student_id = ${p(q.studentId)}`);
  if (q.campusId) where.push(`i.campus_id = ${p(q.campusId)}`);
  if (q.type) where.push(`i.type = ${p(q.type)}`);
  if (q.status) where.push(`i.status = ${p(q.status)}`);
  if (q.from) where.push(`${at} >= ${p(q.from)}::timestamptz`);
  if (q.to) where.push(`${at} < ${p(q.to)}::timestamptz`);
  if (q.cursor) {
    const [cursorAt, id] = decodeCursor(q.cursor, ['timestamp', 'uuid']);
    where.push(`(${at}, ${key}) < (${p(cursorAt)}::timestamptz, ${p(id)}::uuid)`);
  }
  const limit = p(pageSize(q) + 1);
  const from = q.studentId ? 'incident_student s JOIN incident i ON i.id = s.incident_id' : 'incident i';
  const sql = `SELECT i.id, i.campus_id, i.location, i.occurred_at, i.type, i.student_ids, i.mental_health_crisis, i.status, i.priority, i.co_response,
                      ${keysetTimestamp('i.occurred_at')} AS cursor_at
                 FROM ${from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                ORDER BY ${at} DESC, ${key} DESC
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
