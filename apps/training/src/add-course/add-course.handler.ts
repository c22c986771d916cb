import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { insertUnique, Problem } from '#platform';
import { Course } from '../course/course.entity.js';
import type { AddCourseDto } from './add-course.dto.js';

@Injectable()
export class AddCourseHandler {
  constructor(@InjectRepository(Course) private readonly courses: Repository<Course>) {}

  execute(dto: AddCourseDto): Promise<Course> {
    return insertUnique(
      this.courses,
      { code: dto.code, title: dto.title, category: dto.category, hours: dto.hours, validityMonths: dto.validityMonths ?? null },
      () => Problem.conflict('COURSE.DUPLICATE_CODE', `A course with code ${dto.code} already exists`),
    );
  }
}
