import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { GoalDto, PlannedInterventionDto } from '../api/support-plan.dto.js';
import { IsCalendarDate, IsStudentId } from '#platform';

export class CreateSupportPlanDto {
  @ApiProperty({ example: 'S1000001', description: 'District student id' })
  @IsStudentId()
  studentId: string;

  @ApiProperty({ example: 'campus-hs-01' })
  @IsString()
  @Length(1, 64)
  campusId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The accepted referral this plan answers' })
  @IsOptional()
  @IsUUID()
  referralId?: string;

  @ApiPropertyOptional({ example: 'clinician-3', description: 'Default: you' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  assignedClinicianId?: string;

  @ApiProperty({ type: [GoalDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GoalDto)
  goals: GoalDto[];

  @ApiProperty({ type: [PlannedInterventionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PlannedInterventionDto)
  interventions: PlannedInterventionDto[];

  @ApiProperty({ format: 'date', example: '2026-12-15', description: 'First review date (district calendar)' })
  @IsCalendarDate()
  nextReviewOn: string;
}
