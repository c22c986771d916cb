import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

/** When a lifecycle step happened, for systems that record it after the fact (CAD, radio logs). */
export class StepTimeDto {
  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-11-23T14:19:00Z',
    description: 'When it happened (default: now). Not in the future, not before the previous step.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}
