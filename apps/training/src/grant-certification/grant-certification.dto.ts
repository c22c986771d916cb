import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsUUID, Matches } from 'class-validator';

export class GrantCertificationDto {
  @ApiProperty({ format: 'uuid', description: 'Roster id from the staffing service' })
  @IsUUID()
  staffId: string;

  @ApiProperty({ example: 'CIT-40' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,31}$/, { message: 'courseCode must be a catalogue code such as CIT-40' })
  courseCode: string;

  @ApiProperty({ format: 'date', example: '2026-11-23' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'issuedOn must be a date (YYYY-MM-DD)' })
  issuedOn: string;
}
