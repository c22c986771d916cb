import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { SafetyPlanContentDto } from '../safety-plan.dto.js';

export class CreateSafetyPlanDto extends SafetyPlanContentDto {
  @ApiProperty({ example: 'S1000002', description: 'District student id' })
  @Matches(/^[A-Za-z0-9-]{1,32}$/, { message: 'studentId must be 1-32 letters, digits or dashes' })
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
