import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { Authorize } from '#platform';
import { COURSE_CATEGORIES, Course, type CourseCategory } from '../course/course.entity.js';
import { CourseResponse } from '../course/course.response.js';

export class ListCoursesQuery {
  @ApiPropertyOptional({ enum: COURSE_CATEGORIES })
  @IsOptional()
  @IsIn(COURSE_CATEGORIES)
  category?: CourseCategory;
}

@ApiTags('courses')
@Controller('courses')
export class ListCoursesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Authorize('admin', 'system', 'officer', 'clinician', 'police-chief', 'bh-director', 'analyst')
  @ApiOperation({ summary: 'The course catalogue (CIT 40-hour, MHFA, de-escalation, TCOLE legislative update, ALERRT, joint sessions, CEUs), by code' })
  @ApiOkResponse({ type: [CourseResponse] })
  async list(@Query() query: ListCoursesQuery): Promise<CourseResponse[]> {
    const courses = await this.dataSource.manager.find(Course, { where: query.category ? { category: query.category } : {}, order: { code: 'ASC' } });
    return courses.map(CourseResponse.from);
  }
}
