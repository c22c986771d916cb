import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsNumber, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

export class RecordCompletionDto {
  @ApiProperty({ format: 'uuid', description: 'Roster id from the staffing service' })
  @IsUUID()
  staffId: string;

  @ApiProperty({ example: 'DEESC-8' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,31}$/, { message: 'courseCode must be a catalogue code such as CIT-40' })
  courseCode: string;

  @ApiProperty({ format: 'date', example: '2026-10-14' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'completedOn must be a date (YYYY-MM-DD)' })
  completedOn: string;

  @ApiPropertyOptional({ example: 8, description: 'Hours attended; default the course hours' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(1000)
  hours?: number;
}
