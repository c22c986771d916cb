import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Problem } from '#platform';
import { Course } from '../data/course.entity.js';

@Injectable()
export class GetCourseHandler {
  constructor(@InjectRepository(Course) private readonly courses: Repository<Course>) {}

  async execute(id: string): Promise<Course> {
    const course = await this.courses.findOneBy({ id });
    if (!course) throw Problem.notFound('COURSE.NOT_FOUND', `No course ${id}`);
    return course;
  }
}
