import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Length, Min, ValidateNested } from 'class-validator';
import { GoalDto, PlannedInterventionDto } from '../api/support-plan.dto.js';
import { IsCalendarDate } from '#platform';

/** Replaces what it names; `expectedVersion` guards against overwriting someone else's change. */
export class UpdateSupportPlanDto {
  @ApiProperty({ example: 1, description: 'The version you read (optimistic concurrency)' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ApiPropertyOptional({ type: [GoalDto] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GoalDto)
  goals?: GoalDto[];

  @ApiPropertyOptional({ type: [PlannedInterventionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PlannedInterventionDto)
  interventions?: PlannedInterventionDto[];

  @ApiPropertyOptional({ example: 'clinician-4' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  assignedClinicianId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Move the next review' })
  @IsOptional()
  @IsCalendarDate()
  nextReviewOn?: string;
}
