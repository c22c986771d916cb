import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsCalendarDate, IsDecimal } from '#platform';
import { IsCourseCode } from '../../courses/api/is-course-code.js';

export class RecordCompletionDto {
  @ApiProperty({ format: 'uuid', description: 'Roster id from the staffing service' })
  @IsUUID()
  staffId: string;

  @ApiProperty({ example: 'DEESC-8' })
  @IsCourseCode()
  courseCode: string;

  @ApiProperty({ format: 'date', example: '2026-10-14' })
  @IsCalendarDate()
  completedOn: string;

  @ApiPropertyOptional({ example: 8, minimum: 0.5, maximum: 1000, description: 'Hours attended; default the course hours' })
  @IsOptional()
  @IsDecimal(1)
  @Min(0.5)
  @Max(1000)
  hours?: number;
}
