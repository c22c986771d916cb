import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { REFERRAL_STATUSES, type ReferralStatus } from '../referral/referral.entity.js';
import { ReferralSummaryResponse } from '../referral-decisions/referral-summary.response.js';

export class ListReferralsQuery {
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, description: 'Default: received (the intake queue)' })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES)
  status?: ReferralStatus;

  @ApiPropertyOptional({ example: 'campus-hs-01' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  campusId?: string;

  @ApiPropertyOptional({ example: 'S1000001' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{1,32}$/, { message: 'studentId must be 1-32 letters, digits or dashes' })
  studentId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor must be a nextCursor from a previous page' })
  cursor?: string;
}

export class ReferralPageResponse {
  @ApiProperty({ type: [ReferralSummaryResponse] })
  items: ReferralSummaryResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last one' })
  nextCursor: string | null;
}
