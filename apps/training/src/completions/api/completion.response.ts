import { ApiProperty } from '@nestjs/swagger';
import { COURSE_CATEGORIES } from '../../courses/domain/course-catalogue.js';
import type { Completion } from '../data/completion.entity.js';

export class CompletionResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  staffId: string;

  @ApiProperty({ example: 'DEESC-8' })
  courseCode: string;

  @ApiProperty({ enum: COURSE_CATEGORIES })
  category: string;

  @ApiProperty({ format: 'date' })
  completedOn: string;

  @ApiProperty({ example: 8 })
  hours: number;

  @ApiProperty({ enum: ['instructor', 'import'] })
  source: string;

  @ApiProperty({ example: 'instructor-4' })
  recordedBy: string;

  static from(c: Completion): CompletionResponse {
    return Object.assign(new CompletionResponse(), {
      id: c.id,
      staffId: c.staffId,
      courseCode: c.courseCode,
      category: c.category,
      completedOn: c.completedOn,
      hours: c.hours,
      source: c.source,
      recordedBy: c.recordedBy,
    });
  }
}
