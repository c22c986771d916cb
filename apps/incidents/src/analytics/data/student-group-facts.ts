import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AnalyticsStudentGroupCountedEvent, STUDENT_GROUP_DIMENSION_VALUES, type StudentGroupDimension, type StudentGroupMeasureValue } from '#contracts';
import { outboxEntry, type OutboxEntry } from '#messaging';
import { AnalyticIds } from '../domain/analytic-ids.js';

const COLUMNS: Record<StudentGroupDimension, string> = {
  gradeBand: 'grade_band',
  sex: 'sex',
  raceEthnicity: 'race_ethnicity',
  specialEducation: 'special_education',
  emergentBilingual: 'emergent_bilingual',
};

/**
 * The data teams' group counts of one fact (R12, issue 18): one event per student and dimension, each
 * under its own analytic id, with the month only. No pseudonym, incident id or campus is next to a
 * demographic value, and a student's dimensions never travel together. 'unknown' when the SIS sent nothing.
 */
@Injectable()
export class StudentGroupFacts {
  constructor(private readonly analyticIds: AnalyticIds) {}

  async entries(em: EntityManager, measure: StudentGroupMeasureValue, factId: string, studentIds: readonly string[], at: Date): Promise<OutboxEntry[]> {
    if (!studentIds.length) return [];
    const rows: Record<string, string>[] = await em.query(
      `SELECT student_id, ${Object.values(COLUMNS).join(', ')} FROM student_demographics WHERE student_id = ANY($1::text[])`,
      [studentIds],
    );
    const byStudent = new Map(rows.map((r) => [r.student_id, r]));
    const monthOf = `${at.toISOString().slice(0, 7)}-01`;
    // Sorted by their (keyed, random-looking) ids: the order of records must not regroup one student's dimensions.
    const entries = studentIds.flatMap((studentId) =>
      STUDENT_GROUP_DIMENSION_VALUES.map((dimension) =>
        outboxEntry(AnalyticsStudentGroupCountedEvent, {
          analyticGroupFactId: this.analyticIds.of('student-group', `${measure}:${factId}:${studentId}:${dimension}`),
          monthOf,
          measure,
          dimension,
          value: byStudent.get(studentId)?.[COLUMNS[dimension]] ?? 'unknown',
          analyticKeyId: this.analyticIds.keyId,
        }),
      ),
    );
    return entries.sort((a, b) => ((a.data as { analyticGroupFactId: string }).analyticGroupFactId < (b.data as { analyticGroupFactId: string }).analyticGroupFactId ? -1 : 1));
  }
}
