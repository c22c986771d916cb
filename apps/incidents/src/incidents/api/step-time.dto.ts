import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsStrictDateTime } from '#platform';

/** When a lifecycle step happened, for systems that record it after the fact (CAD, radio logs). */
export class StepTimeDto {
  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-11-23T14:19:00Z',
    description: 'When it happened (default: now). Not in the future, not before the previous step.',
  })
  @IsOptional()
  @IsStrictDateTime()
  at?: string;
}
