import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { SafetyPlanContentDto } from '../api/safety-plan.dto.js';
import { IsStudentId } from '#platform';

export class CreateSafetyPlanDto extends SafetyPlanContentDto {
  @ApiProperty({ example: 'S1000002', description: 'District student id' })
  @IsStudentId()
  studentId: string;

  @ApiProperty({ example: 'campus-ms-02' })
  @IsString()
  @Length(1, 64)
  campusId: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The student's threat-assessment case: its team then sees the summary (R3c)" })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}
