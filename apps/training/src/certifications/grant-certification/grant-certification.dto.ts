import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsCalendarDate } from '#platform';
import { IsCourseCode } from '../../courses/api/is-course-code.js';

export class GrantCertificationDto {
  @ApiProperty({ format: 'uuid', description: 'Roster id from the staffing service' })
  @IsUUID()
  staffId: string;

  @ApiProperty({ example: 'CIT-40' })
  @IsCourseCode()
  courseCode: string;

  @ApiProperty({ format: 'date', example: '2026-11-23' })
  @IsCalendarDate()
  issuedOn: string;
}
