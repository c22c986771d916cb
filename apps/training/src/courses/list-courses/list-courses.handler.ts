import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Course } from '../data/course.entity.js';
import type { ListCoursesQuery } from './list-courses.dto.js';

/** The catalogue by code, optionally one category. */
@Injectable()
export class ListCoursesHandler {
  constructor(@InjectRepository(Course) private readonly courses: Repository<Course>) {}

  execute(query: ListCoursesQuery): Promise<Course[]> {
    return this.courses.find({ where: query.category ? { category: query.category } : {}, order: { code: 'ASC' } });
  }
}
