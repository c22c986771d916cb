import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { CONCERN_LEVEL_VALUES } from '#contracts';
import type { ConcernLevel } from '../domain/threat-case.js';

export class SetConcernLevelDto {
  @ApiProperty({ enum: CONCERN_LEVEL_VALUES, example: 'moderate' })
  @IsIn(CONCERN_LEVEL_VALUES)
  levelOfConcern: ConcernLevel;

  @ApiProperty({ example: 'Ideation without research or planning; protective factors at home.', description: 'EDU-CLIN' })
  @IsString()
  @Length(1, 5_000)
  rationale: string;
}
