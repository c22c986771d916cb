import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { MEANS_VALUES, type Means } from '../data/safety-plan.entity.js';
import { IsCalendarDate } from '#platform';

export class SupportContactDto {
  @ApiProperty({ example: 'Aunt R (synthetic)' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'aunt' })
  @IsString()
  @Length(1, 100)
  relationship: string;

  @ApiPropertyOptional({ example: '555-0100' })
  @IsOptional()
  @IsString()
  @Length(3, 40)
  phone?: string;
}

export class MeansRestrictionDto {
  @ApiProperty({ enum: MEANS_VALUES })
  @IsIn(MEANS_VALUES)
  means: Means;

  @ApiProperty({ example: 'Guardian stores medications in a locked box.' })
  @IsString()
  @Length(1, 1_000)
  action: string;

  @ApiPropertyOptional({ example: 'guardian' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  responsible?: string;
}

/** The content of a safety plan, written whole on creation and on each revision. */
export class SafetyPlanContentDto {
  @ApiProperty({
    example: 'Student has a safety plan; check in at arrival; escort to the counseling office if distressed.',
    description: 'EDU-SAFETY: what the threat-assessment team may see. Write it for the team.',
  })
  @IsString()
  @Length(1, 2_000)
  summary: string;

  @ApiProperty({ type: [String], example: ['Stops eating lunch', 'Gives away belongings'], description: 'EDU-CLIN' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  warningSigns: string[];

  @ApiProperty({ type: [String], example: ['Listen to music', 'Walk the track with a friend'], description: 'Coping steps, in order (EDU-CLIN)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  copingStrategies: string[];

  @ApiProperty({ type: [SupportContactDto], description: 'EDU-CLIN' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SupportContactDto)
  supportContacts: SupportContactDto[];

  @ApiProperty({ type: [MeansRestrictionDto], description: 'EDU-CLIN' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MeansRestrictionDto)
  meansRestriction: MeansRestrictionDto[];

  @ApiPropertyOptional({ format: 'date', example: '2026-12-08' })
  @IsOptional()
  @IsCalendarDate()
  reviewOn?: string;
}

/** The content as stored: written whole, so a revision replaces every part of it. */
export function safetyPlanContent(dto: SafetyPlanContentDto) {
  return {
    summary: dto.summary,
    warningSigns: dto.warningSigns,
    copingStrategies: dto.copingStrategies,
    supportContacts: dto.supportContacts.map((c) => ({ ...c })),
    meansRestriction: dto.meansRestriction.map((m) => ({ ...m })),
    reviewOn: dto.reviewOn ?? null,
  };
}
