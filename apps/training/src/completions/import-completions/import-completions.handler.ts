import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CompletionRecordedEvent, type CompletionRecorded } from '#contracts';
import { Outbox } from '#messaging';
import type { Principal } from '#platform';
import { districtDay } from '../../calendar/domain/district-time.js';
import { CompletionImport, type RowError } from '../data/completion-import.entity.js';
import { validateRow, type RowContext, type ValidRow } from '../api/completion-rows.js';
import { Course } from '../../courses/data/course.entity.js';
import type { ImportFile } from './parse-import-file.js';
import { districtTimeZone } from '#platform';

export interface ImportOutcome {
  record: CompletionImport;
  /** True when this exact file was imported before: nothing new was recorded. */
  replayed: boolean;
}

/**
 * Imports a district file row by row: bad rows are reported, good rows are kept. The file's hash
 * (unique) makes a re-import a replay of the first report; the completion's natural key makes a row
 * already known from another file or an instructor a duplicate, not a second completion.
 */
@Injectable()
export class ImportCompletionsHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(file: ImportFile, fileName: string | null, by: Principal, now: Date): Promise<ImportOutcome> {
    return this.dataSource.transaction(async (em) => {
      const claimed: { id: string }[] = await em.query(
        `INSERT INTO completion_import (sha256, file_name, format, imported_by, imported_at, total_rows)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (district_id, sha256) DO NOTHING RETURNING id`,
        [file.sha256, fileName, file.format, by.sub, now, file.rows.length],
      );
      if (claimed.length === 0) {
        return { record: await em.findOneByOrFail(CompletionImport, { sha256: file.sha256 }), replayed: true };
      }
      const importId = claimed[0].id;
      const context = await this.context(em, file.rows, districtDay(now, districtTimeZone()));
      const errors: RowError[] = [];
      const valid: ValidRow[] = [];
      file.rows.forEach((raw, i) => {
        const result = validateRow(raw, i + 1, context);
        if (Array.isArray(result)) errors.push(...result);
        else valid.push(result);
      });
      const recorded = await this.insert(em, valid, importId, by);
      await this.outbox.addAll(em, CompletionRecordedEvent, recorded);
      const rejected = new Set(errors.map((e) => e.row)).size;
      await em.update(CompletionImport, { id: importId }, { accepted: recorded.length, duplicates: valid.length - recorded.length, rejected, errors });
      return { record: await em.findOneByOrFail(CompletionImport, { id: importId }), replayed: false };
    });
  }

  private async context(em: EntityManager, rows: unknown[], today: string): Promise<RowContext> {
    const courses = new Map((await em.find(Course)).map((c) => [c.code, c]));
    const employeeIds = [...new Set(rows.map((r) => (r as { employeeId?: unknown } | null)?.employeeId).filter((e): e is string => typeof e === 'string'))];
    const people: { staff_id: string; employee_id: string }[] = employeeIds.length
      ? await em.query(`SELECT staff_id, employee_id FROM person WHERE employee_id = ANY ($1::text[])`, [employeeIds.map((e) => e.trim())])
      : [];
    return { courses, staffByEmployeeId: new Map(people.map((p) => [p.employee_id, p.staff_id])), today };
  }

  /** One statement for all good rows; rows already known (natural key) are skipped, not counted twice. */
  private async insert(em: EntityManager, rows: ValidRow[], importId: string, by: Principal): Promise<CompletionRecorded[]> {
    if (rows.length === 0) return [];
    const inserted: { id: string; staff_id: string; course_code: string; category: CompletionRecorded['category']; completed_on: string; hours: string }[] =
      await em.query(
        `INSERT INTO completion (staff_id, course_id, course_code, category, completed_on, hours, source, recorded_by, import_id)
         SELECT r.staff_id, r.course_id, r.course_code, r.category, r.completed_on, r.hours, 'import', $2, $3
           FROM jsonb_to_recordset($1::jsonb) AS r(staff_id uuid, course_id uuid, course_code text, category text, completed_on date, hours numeric)
         ON CONFLICT ON CONSTRAINT completion_natural_key DO NOTHING
         RETURNING id, staff_id, course_code, category, to_char(completed_on, 'YYYY-MM-DD') AS completed_on, hours`,
        [
          JSON.stringify(
            rows.map((r) => ({
              staff_id: r.staffId,
              course_id: r.course.id,
              course_code: r.course.code,
              category: r.course.category,
              completed_on: r.completedOn,
              hours: r.hours,
            })),
          ),
          by.sub,
          importId,
        ],
      );
    return inserted.map((c) => ({
      completionId: c.id,
      staffId: c.staff_id,
      courseCode: c.course_code,
      category: c.category,
      completedOn: c.completed_on,
      hours: Number(c.hours),
      source: 'import' as const,
    }));
  }
}
