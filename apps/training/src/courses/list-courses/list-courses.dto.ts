import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { COURSE_CATEGORIES, type CourseCategory } from '../domain/course-catalogue.js';

export class ListCoursesQuery {
  @ApiPropertyOptional({ enum: COURSE_CATEGORIES })
  @IsOptional()
  @IsIn(COURSE_CATEGORIES)
  category?: CourseCategory;
}
