import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { PURPOSES, RECORD_CLASSES, type MinorConsentBasis, type Purpose, type RecordClass, type SignerRole } from '#consent';
import { RecipientRefDto } from '../../consent-gate/api/recipient-ref.dto.js';
import { IsStrictDateTime, IsStudentId } from '#platform';

const SIGNER_ROLES: SignerRole[] = ['guardian', 'student', 'minor-self'];
const MINOR_BASES: MinorConsentBasis[] = ['chemical-addiction', 'suicide-prevention', 'abuse'];
const ID = /^[A-Za-z0-9._:@-]{1,128}$/;

export class SignerDto {
  @ApiProperty({ enum: SIGNER_ROLES, description: 'guardian until 18, then student; minor-self for SUD under TFC 32.004' })
  @IsIn(SIGNER_ROLES)
  role: SignerRole;

  @ApiProperty({ example: 'guardian-1001', description: 'A guardian of record, or the student id' })
  @Matches(ID, { message: 'signer.id must be 1-128 letters, digits or ._:@-' })
  id: string;

  @ApiProperty({ format: 'date-time', description: 'Signed and dated (electronic is fine)' })
  @IsStrictDateTime()
  signedAt: string;
}

export class Part2ExpiryDto {
  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsStrictDateTime()
  at?: string;

  @ApiPropertyOptional({ example: 'completion of the treatment program' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  event?: string;
}

export class Part2SignatureDto {
  @ApiProperty({ example: 'Pat Guardian' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ format: 'date-time' })
  @IsStrictDateTime()
  signedAt: string;
}

/** The 42 CFR 2.31 elements (R5); every one is required when the consent covers SUD. */
export class Part2Dto {
  @ApiPropertyOptional({ example: 'Sam Student' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  patientName?: string;

  @ApiPropertyOptional({ example: 'District Behavioral Health program' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  discloser?: string;

  @ApiPropertyOptional({ example: 'substance-use screening result and referral to treatment' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  sudDescription?: string;

  @ApiPropertyOptional({ type: [String], example: ['District Police Department'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  recipientsNamed?: string[];

  @ApiPropertyOptional({ description: 'The stated purpose is limited to the minimum necessary' })
  @IsOptional()
  @IsBoolean()
  purposeMinimumNecessary?: boolean;

  @ApiPropertyOptional({ description: 'The form states the right to revoke and how' })
  @IsOptional()
  @IsBoolean()
  revocationStatement?: boolean;

  @ApiPropertyOptional({ type: Part2ExpiryDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => Part2ExpiryDto)
  expiry?: Part2ExpiryDto;

  @ApiPropertyOptional({ type: Part2SignatureDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => Part2SignatureDto)
  signature?: Part2SignatureDto;
}

export class RecordConsentDto {
  @ApiProperty({ example: 'S1000001' })
  @IsStudentId()
  studentId: string;

  @ApiProperty({ type: SignerDto })
  @ValidateNested()
  @Type(() => SignerDto)
  signer: SignerDto;

  @ApiProperty({ enum: RECORD_CLASSES, isArray: true, example: ['EDU-CLIN', 'EDU-SAFETY'], description: 'The records covered, by class' })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(RECORD_CLASSES, { each: true })
  classes: RecordClass[];

  @ApiProperty({ enum: PURPOSES, isArray: true, example: ['co-response'] })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(PURPOSES, { each: true })
  purposes: Purpose[];

  @ApiProperty({ type: [RecipientRefDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RecipientRefDto)
  recipients: RecipientRefDto[];

  @ApiProperty({ format: 'date-time' })
  @IsStrictDateTime()
  effectiveFrom: string;

  @ApiProperty({ format: 'date-time', description: 'Required (R4)' })
  @IsStrictDateTime()
  expiresAt: string;

  @ApiPropertyOptional({ enum: MINOR_BASES, description: 'Required when the signer is minor-self (TFC 32.004)' })
  @IsOptional()
  @IsIn(MINOR_BASES)
  minorConsentBasis?: MinorConsentBasis;

  @ApiPropertyOptional({ type: Part2Dto, description: 'Required, complete, when classes include SUD (R5)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Part2Dto)
  part2?: Part2Dto;
}
