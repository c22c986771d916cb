import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';
import { IsCalendarDate } from '#platform';

export class GrantCertificationDto {
  @ApiProperty({ format: 'uuid', description: 'Roster id from the staffing service' })
  @IsUUID()
  staffId: string;

  @ApiProperty({ example: 'CIT-40' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,31}$/, { message: 'courseCode must be a catalogue code such as CIT-40' })
  courseCode: string;

  @ApiProperty({ format: 'date', example: '2026-11-23' })
  @IsCalendarDate()
  issuedOn: string;
}
