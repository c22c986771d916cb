import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Course } from '../data/course.entity.js';
import { COURSE_CATEGORIES } from '../domain/course-catalogue.js';

export class CourseResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'CIT-40' })
  code: string;

  @ApiProperty({ example: 'Crisis Intervention Team, 40-hour' })
  title: string;

  @ApiProperty({ enum: COURSE_CATEGORIES, example: 'cit' })
  category: string;

  @ApiProperty({ example: 40 })
  hours: number;

  @ApiProperty({ example: 0, description: 'Of the hours, those on professional ethics' })
  ethicsHours: number;

  @ApiPropertyOptional({ example: 24, nullable: true, type: Number, description: 'Null: never expires' })
  validityMonths: number | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(c: Course): CourseResponse {
    return Object.assign(new CourseResponse(), {
      id: c.id,
      code: c.code,
      title: c.title,
      category: c.category,
      hours: c.hours,
      ethicsHours: c.ethicsHours,
      validityMonths: c.validityMonths,
      createdAt: c.createdAt.toISOString(),
    });
  }
}
