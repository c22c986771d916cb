import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsDecimal } from '#platform';
import { COURSE_CATEGORIES, COURSE_CODE, type CourseCategory } from '../domain/course-catalogue.js';

export class AddCourseDto {
  @ApiProperty({ example: 'CIT-40', description: 'Stable catalogue code' })
  @Matches(COURSE_CODE, { message: 'code must be 1-32 upper-case letters, digits or dashes' })
  code: string;

  @ApiProperty({ example: 'Crisis Intervention Team, 40-hour' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ enum: COURSE_CATEGORIES, example: 'cit' })
  @IsIn(COURSE_CATEGORIES)
  category: CourseCategory;

  @ApiProperty({ example: 40, minimum: 0.5, maximum: 1000 })
  @IsDecimal(1)
  @Min(0.5)
  @Max(1000)
  hours: number;

  @ApiPropertyOptional({ example: 6, minimum: 0, description: 'Of the hours, those on professional ethics (clinician license renewals); default 0, at most hours' })
  @IsOptional()
  @IsDecimal(1)
  @Min(0)
  @Max(1000)
  ethicsHours?: number;

  @ApiPropertyOptional({ example: 24, description: 'Months a completion stays valid; omit if it never expires' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  validityMonths?: number;
}
