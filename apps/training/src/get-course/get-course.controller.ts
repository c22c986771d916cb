import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { CourseResponse } from '../course/course.response.js';
import { GetCourseHandler } from './get-course.handler.js';

@ApiTags('courses')
@Controller('courses')
export class GetCourseController {
  constructor(private readonly handler: GetCourseHandler) {}

  @Get(':id')
  @Authorize('admin', 'system', 'officer', 'clinician', 'police-chief', 'bh-director', 'analyst')
  @ApiOperation({ summary: 'Read one catalogue course' })
  @ApiOkResponse({ type: CourseResponse })
  @ApiProblem(404, 'No such course (COURSE.NOT_FOUND)')
  async get(@UuidParam('id') id: string): Promise<CourseResponse> {
    return CourseResponse.from(await this.handler.execute(id));
  }
}
