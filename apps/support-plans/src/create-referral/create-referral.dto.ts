import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { REFERRAL_SOURCES, type ReferralSource } from '../referral/referral.entity.js';

export class CreateReferralDto {
  @ApiProperty({ example: 'S1000001', description: 'District student id' })
  @Matches(/^[A-Za-z0-9-]{1,32}$/, { message: 'studentId must be 1-32 letters, digits or dashes' })
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
}

