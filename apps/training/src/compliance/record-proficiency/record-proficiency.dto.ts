import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PROFICIENCY_LEVELS, type ProficiencyLevel } from '../domain/compliance-rules.js';
import { IsCalendarDate } from '#platform';

export class RecordProficiencyDto {
  @ApiProperty({ enum: PROFICIENCY_LEVELS, example: 'intermediate', description: 'TCOLE proficiency certificate' })
  @IsIn(PROFICIENCY_LEVELS)
  level: ProficiencyLevel;

  @ApiProperty({ format: 'date', example: '2026-06-01' })
  @IsCalendarDate()
  since: string;
}
