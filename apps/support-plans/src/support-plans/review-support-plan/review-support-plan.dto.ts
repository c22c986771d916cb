import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length, ValidateIf } from 'class-validator';
import { SUPPORT_PLAN_REVIEW_OUTCOME_VALUES } from '#contracts';
import type { ReviewOutcome } from '../domain/support-plan.js';
import { IsCalendarDate } from '#platform';

export class ReviewSupportPlanDto {
  @ApiProperty({ enum: SUPPORT_PLAN_REVIEW_OUTCOME_VALUES, example: 'continue' })
  @IsIn(SUPPORT_PLAN_REVIEW_OUTCOME_VALUES)
  outcome: ReviewOutcome;

  @ApiProperty({ example: 'Attendance up to four days a week; keep weekly sessions.', description: 'EDU-CLIN; stays in the service' })
  @IsString()
  @Length(1, 5_000)
  summary: string;

  @ApiPropertyOptional({ format: 'date', description: 'Required when the outcome is continue; not allowed otherwise' })
  @ValidateIf((o: ReviewSupportPlanDto) => o.outcome === 'continue' || o.nextReviewOn !== undefined)
  @IsCalendarDate()
  nextReviewOn?: string;
}
