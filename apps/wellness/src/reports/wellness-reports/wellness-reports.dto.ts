import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { UNIT_VALUES } from '#contracts';
import { IsCalendarDate } from '#platform';

export class WellnessReportQuery {
  @ApiProperty({ format: 'date', example: '2026-07-01' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ format: 'date', example: '2026-12-31' })
  @IsCalendarDate()
  to: string;

  @ApiPropertyOptional({ enum: UNIT_VALUES, description: 'A whole unit, and only one of at least 5 people (W11); nothing finer exists' })
  @IsOptional()
  @IsIn(UNIT_VALUES)
  unit?: (typeof UNIT_VALUES)[number];
}
