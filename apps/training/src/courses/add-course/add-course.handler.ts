import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CourseAddedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { insertUnique, Problem } from '#platform';
import { Course } from '../data/course.entity.js';
import type { AddCourseDto } from './add-course.dto.js';

@Injectable()
export class AddCourseHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(dto: AddCourseDto): Promise<Course> {
    if ((dto.ethicsHours ?? 0) > dto.hours) {
      const message = 'ethicsHours cannot exceed hours';
      throw new Problem(400, 'REQUEST.VALIDATION_FAILED', message, { errors: [{ field: 'ethicsHours', message }] });
    }
    return this.dataSource.transaction(async (em) => {
      const course = await insertUnique(
        em.getRepository(Course),
        { code: dto.code, title: dto.title, category: dto.category, hours: dto.hours, ethicsHours: dto.ethicsHours ?? 0, validityMonths: dto.validityMonths ?? null },
        () => Problem.conflict('COURSE.DUPLICATE_CODE', `A course with code ${dto.code} already exists`),
      );
      await this.outbox.add(em, CourseAddedEvent, {
        courseId: course.id,
        code: course.code,
        category: course.category,
        hours: course.hours,
        validityMonths: course.validityMonths,
      });
      return course;
    });
  }
}
