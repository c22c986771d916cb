import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize } from '#platform';
import { CourseResponse } from '../course/course.response.js';
import { AddCourseDto } from './add-course.dto.js';
import { AddCourseHandler } from './add-course.handler.js';

@ApiTags('courses')
@Controller('courses')
export class AddCourseController {
  constructor(private readonly handler: AddCourseHandler) {}

  @Post()
  @HttpCode(201)
  @Authorize('admin', 'system')
  @ApiOperation({ summary: 'Add a course to the catalogue' })
  @ApiCreatedResponse({ type: CourseResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(409, 'The course code is taken (COURSE.DUPLICATE_CODE)')
  async add(@Body() dto: AddCourseDto): Promise<CourseResponse> {
    return CourseResponse.from(await this.handler.execute(dto));
  }
}
