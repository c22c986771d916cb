import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsStudentId, PageQuery } from '#platform';
import { REFERRAL_STATUSES, type ReferralStatus } from '../data/referral.entity.js';
import { ReferralSummaryResponse } from '../api/referral-summary.response.js';

export class ListReferralsQuery extends PageQuery {
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
  @IsStudentId()
  studentId?: string;
}

export class ReferralPageResponse {
  @ApiProperty({ type: [ReferralSummaryResponse] })
  items: ReferralSummaryResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last one' })
  nextCursor: string | null;
}
