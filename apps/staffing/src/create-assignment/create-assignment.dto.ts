import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateAssignmentDto {
  @ApiProperty({ example: 'campus-hs-01' })
  @IsString()
  @Length(1, 64)
  campusId: string;

  @ApiProperty({ example: true, description: 'At most one primary assignment per person at any time' })
  @IsBoolean()
  primary: boolean;

  @ApiProperty({ format: 'date', example: '2026-08-15' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'effectiveFrom must be a date (YYYY-MM-DD)' })
  effectiveFrom: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-06-01', description: 'Exclusive; omit for open-ended' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'effectiveTo must be a date (YYYY-MM-DD)' })
  effectiveTo?: string;
}
