import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDate } from '#platform';
import { PROVIDER_REFERRAL_STATUSES, type ProviderReferralStatus } from '../domain/provider-referral-status.js';

export class ChangeProviderReferralStatusDto {
  @ApiProperty({ enum: PROVIDER_REFERRAL_STATUSES.filter((s) => s !== 'sent') })
  @IsIn(PROVIDER_REFERRAL_STATUSES.filter((s) => s !== 'sent'))
  status: Exclude<ProviderReferralStatus, 'sent'>;

  @ApiPropertyOptional({ format: 'date', description: 'With first-appointment: the day of the first appointment' })
  @IsOptional()
  @IsCalendarDate()
  firstAppointmentOn?: string;
}
