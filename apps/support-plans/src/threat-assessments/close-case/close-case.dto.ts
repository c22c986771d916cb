import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { THREAT_CASE_CLOSURE_VALUES } from '#contracts';
import type { ClosureOutcome } from '../domain/threat-case.js';

export class CloseCaseDto {
  @ApiProperty({ enum: THREAT_CASE_CLOSURE_VALUES, example: 'resolved' })
  @IsIn(THREAT_CASE_CLOSURE_VALUES)
  outcome: ClosureOutcome;

  @ApiProperty({ example: 'Grievance addressed through mediation; no further concerning statements in four weeks.', description: 'EDU-CLIN' })
  @IsString()
  @Length(1, 5_000)
  summary: string;
}
