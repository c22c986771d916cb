import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import type { MinorConsentBasis } from '#consent';
import { REFERRAL_SOURCES, type ReferralSource } from '../data/referral.entity.js';
import { IsStudentId } from '#platform';

export class CreateReferralDto {
  @ApiProperty({ example: 'S1000001', description: 'District student id' })
  @IsStudentId()
  studentId: string;

  @ApiProperty({ example: 'campus-ms-02' })
  @IsString()
  @Length(1, 64)
  campusId: string;

  @ApiProperty({ enum: REFERRAL_SOURCES, example: 'staff' })
  @IsIn(REFERRAL_SOURCES)
  source: ReferralSource;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required when source is "incident"' })
  @ValidateIf((o: CreateReferralDto) => o.source === 'incident' || o.incidentId !== undefined)
  @IsUUID()
  incidentId?: string;

  @ApiProperty({ example: 'Counselor reports withdrawal and missed classes over two weeks.' })
  @IsString()
  @Length(1, 5_000)
  reason: string;

  @ApiPropertyOptional({ default: false, description: 'EDU-SAFETY: the joint team should know of a safety concern' })
  @IsOptional()
  @IsBoolean()
  safetyFlag?: boolean;

  @ApiPropertyOptional({ example: 'Impressions from the first session.', description: 'PSY-NOTE: readable by you and clinical supervisors only, never by police (R3)' })
  @IsOptional()
  @IsString()
  @Length(1, 10_000)
  clinicalNote?: string;

  @ApiPropertyOptional({ example: 'Screening indicates alcohol use; referred to the district SUD program.', description: 'SUD (42 CFR Part 2): outside the program only under a complete Part 2 consent (R5)' })
  @IsOptional()
  @IsString()
  @Length(1, 10_000)
  substanceUse?: string;

  @ApiPropertyOptional({
    enum: ['chemical-addiction', 'suicide-prevention', 'abuse'],
    description: 'The minor consented to this SUD treatment alone (TFC 32.004): only the minor may then consent to disclosing it (R5)',
  })
  @IsOptional()
  @IsIn(['chemical-addiction', 'suicide-prevention', 'abuse'])
  sudMinorConsentBasis?: MinorConsentBasis;
}
