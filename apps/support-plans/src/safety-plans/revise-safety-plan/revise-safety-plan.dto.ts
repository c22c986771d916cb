import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { SafetyPlanContentDto } from '../api/safety-plan.dto.js';

export class ReviseSafetyPlanDto extends SafetyPlanContentDto {
  @ApiProperty({ example: 1, description: 'The version you read (optimistic concurrency)' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ApiPropertyOptional({ enum: ['active', 'retired'], description: 'Retire a plan that is no longer needed' })
  @IsOptional()
  @IsIn(['active', 'retired'])
  status?: 'active' | 'retired';
}
