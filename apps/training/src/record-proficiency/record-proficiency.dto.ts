import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsISO8601, Matches } from 'class-validator';
import { PROFICIENCY_LEVELS, type ProficiencyLevel } from '../compliance/compliance-rules.js';

export class RecordProficiencyDto {
  @ApiProperty({ enum: PROFICIENCY_LEVELS, example: 'intermediate', description: 'TCOLE proficiency certificate' })
  @IsIn(PROFICIENCY_LEVELS)
  level: ProficiencyLevel;

  @ApiProperty({ format: 'date', example: '2026-06-01' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'since must be a date (YYYY-MM-DD)' })
  since: string;
}
