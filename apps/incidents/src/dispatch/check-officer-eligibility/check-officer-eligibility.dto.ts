import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '#platform';

export class EligibilityQuery {
  @ApiPropertyOptional({ format: 'date', description: 'Day to check (default: today, UTC)', example: '2026-11-23' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

export class OfficerEligibilityResponse {
  @ApiProperty({ format: 'uuid' })
  staffId: string;

  @ApiProperty({ format: 'date' })
  on: string;

  @ApiProperty({ example: true })
  citCertified: boolean;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, example: '2030-11-22' })
  citValidThrough: string | null;
}
