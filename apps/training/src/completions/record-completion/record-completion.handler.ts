import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CompletionRecordedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { districtTimeZone, type Principal, Problem } from '#platform';
import { districtDay } from '../../calendar/domain/district-time.js';
import { Completion } from '../data/completion.entity.js';
import { validateRow } from '../api/completion-rows.js';
import { Instructor } from '../data/instructor.entity.js';
import { Course } from '../../courses/data/course.entity.js';
import type { RecordCompletionDto } from './record-completion.dto.js';

@Injectable()
export class RecordCompletionHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(dto: RecordCompletionDto, by: Principal, now: Date): Promise<Completion> {
    return this.dataSource.transaction(async (em) => {
      // Officers and clinicians record completions only when registered as instructors.
      if (!by.roles.some((r) => r === 'admin' || r === 'system') && !(await em.existsBy(Instructor, { sub: by.sub }))) {
        throw new Problem(403, 'COMPLETION.NOT_AN_INSTRUCTOR', 'Only registered instructors record completions');
      }
      const course = await em.findOneBy(Course, { code: dto.courseCode });
      const checked = validateRow({ ...dto, hours: dto.hours === undefined ? undefined : String(dto.hours) }, 1, {
        courses: new Map(course ? [[course.code, course]] : []),
        staffByEmployeeId: new Map(),
        today: districtDay(now, districtTimeZone()),
      });
      if (Array.isArray(checked)) {
        throw new Problem(422, 'COMPLETION.INVALID', checked.map((e) => e.message).join('; '), { errors: checked.map(({ field, message }) => ({ field, message })) });
      }
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(Completion)
        .values({
          staffId: checked.staffId,
          courseId: checked.course.id,
          courseCode: checked.course.code,
          category: checked.course.category,
          completedOn: checked.completedOn,
          hours: checked.hours,
          source: 'instructor',
          recordedBy: by.sub,
          importId: null,
        })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) throw Problem.conflict('COMPLETION.DUPLICATE', `${dto.courseCode} on ${dto.completedOn} is already on record for ${dto.staffId}`);
      const completion = await em.findOneByOrFail(Completion, { id });
      await this.outbox.add(em, CompletionRecordedEvent, {
        completionId: completion.id,
        staffId: completion.staffId,
        courseCode: completion.courseCode,
        category: completion.category,
        completedOn: completion.completedOn,
        hours: completion.hours,
        source: 'instructor' as const,
      });
      return completion;
    });
  }
}
