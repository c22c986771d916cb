import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { CourseResponse } from '../api/course.response.js';
import { AddCourseDto } from './add-course.dto.js';
import { AddCourseHandler } from './add-course.handler.js';

@ApiTags('courses')
@Controller('courses')
export class AddCourseController {
  constructor(private readonly handler: AddCourseHandler) {}

  @Post()
  @Endpoint({
    roles: ['admin', 'system'],
    summary: 'Add a course to the catalogue',
    status: 201,
    response: CourseResponse,
    problems: { 400: 'Invalid body (REQUEST.VALIDATION_FAILED)', 409: 'The course code is taken (COURSE.DUPLICATE_CODE)' },
  })
  async add(@Body() dto: AddCourseDto): Promise<CourseResponse> {
    return CourseResponse.from(await this.handler.execute(dto));
  }
}
