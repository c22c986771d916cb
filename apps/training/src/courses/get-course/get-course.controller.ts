import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CourseResponse } from '../api/course.response.js';
import { GetCourseHandler } from './get-course.handler.js';

@ApiTags('courses')
@Controller('courses')
export class GetCourseController {
  constructor(private readonly handler: GetCourseHandler) {}

  @Get(':id')
  @Endpoint({
    roles: ['admin', 'system', 'officer', 'clinician', 'police-chief', 'bh-director', 'analyst'],
    summary: 'Read one catalogue course',
    response: CourseResponse,
    problems: { 404: 'No such course (COURSE.NOT_FOUND)' },
  })
  async get(@UuidParam('id') id: string): Promise<CourseResponse> {
    return CourseResponse.from(await this.handler.execute(id));
  }
}
