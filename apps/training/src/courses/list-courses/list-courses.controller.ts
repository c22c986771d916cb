import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { CourseResponse } from '../api/course.response.js';
import { ListCoursesQuery } from './list-courses.dto.js';
import { ListCoursesHandler } from './list-courses.handler.js';

@ApiTags('courses')
@Controller('courses')
export class ListCoursesController {
  constructor(private readonly handler: ListCoursesHandler) {}

  @Get()
  @Endpoint({
    roles: ['admin', 'system', 'officer', 'clinician', 'police-chief', 'bh-director', 'analyst'],
    summary: 'The course catalogue (CIT 40-hour, MHFA, de-escalation, TCOLE legislative update, ALERRT, joint sessions, CEUs), by code',
    response: [CourseResponse],
  })
  async list(@Query() query: ListCoursesQuery): Promise<CourseResponse[]> {
    return (await this.handler.execute(query)).map(CourseResponse.from);
  }
}
