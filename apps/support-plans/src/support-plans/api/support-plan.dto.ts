import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { SUPPORT_INTERVENTION_VALUES } from '#contracts';
import { IsCalendarDate } from '#platform';
import type { SupportInterventionType } from '../domain/support-plan.js';

export class GoalDto {
  @ApiProperty({ example: 'Attend all classes four days out of five.' })
  @IsString()
  @Length(1, 1_000)
  description: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-01-29' })
  @IsOptional()
  @IsCalendarDate()
  targetOn?: string;
}

export class PlannedInterventionDto {
  @ApiProperty({
    enum: SUPPORT_INTERVENTION_VALUES,
    description: 'Counseling, family sessions, skills groups and crisis follow-up are mental-health care (R11: under 18 only with written parental consent)',
  })
  @IsIn(SUPPORT_INTERVENTION_VALUES)
  type: SupportInterventionType;

  @ApiPropertyOptional({ example: 'weekly, 30 minutes' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  frequency?: string;

  @ApiPropertyOptional({ example: 'clinician-3' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  provider?: string;
}
