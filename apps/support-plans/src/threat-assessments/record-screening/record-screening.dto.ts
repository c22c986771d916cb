import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PATHWAY } from '../domain/pathway.js';
import type { PathwayStage } from '../domain/threat-case.js';

export class RecordScreeningDto {
  @ApiProperty({
    enum: PATHWAY,
    isArray: true,
    example: ['grievance', 'ideation'],
    description: 'The pathway-to-violence steps observed (grievance → ideation → research-planning → preparation → breach → attack); empty for none',
  })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(PATHWAY.length)
  @IsIn(PATHWAY, { each: true })
  observed: PathwayStage[];

  @ApiProperty({ example: 'Grievance against a coach after being cut from the team; said he wished the coach would "pay for it".', description: 'EDU-CLIN' })
  @IsString()
  @Length(1, 10_000)
  findings: string;

  @ApiPropertyOptional({ description: 'Substance-use findings: SUD class, 42 CFR Part 2 (shown only under R5)' })
  @IsOptional()
  @IsString()
  @Length(1, 10_000)
  substanceUseFindings?: string;
}
