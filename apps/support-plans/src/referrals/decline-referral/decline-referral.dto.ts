import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length, ValidateIf } from 'class-validator';
import { REFERRAL_DECLINE_REASON_VALUES } from '#contracts';
import type { ReferralDeclineReason } from '../data/referral.entity.js';

export class DeclineReferralDto {
  @ApiProperty({ enum: REFERRAL_DECLINE_REASON_VALUES, example: 'already-in-services' })
  @IsIn(REFERRAL_DECLINE_REASON_VALUES)
  reason: ReferralDeclineReason;

  @ApiPropertyOptional({ example: 'Already seen weekly by the community provider.', description: 'Required when reason is "other". EDU-CLIN' })
  @ValidateIf((o: DeclineReferralDto) => o.reason === 'other' || o.note !== undefined)
  @IsString()
  @Length(1, 2_000)
  note?: string;
}
