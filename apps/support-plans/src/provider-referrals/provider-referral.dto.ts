import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsCalendarDate } from '#platform';
import { PROVIDER_REFERRAL_STATUSES, type ProviderReferral, type ProviderReferralStatus } from './provider-referral.entity.js';

export class SendProviderReferralDto {
  @ApiProperty({ format: 'uuid', description: 'A registered, active community provider' })
  @IsUUID()
  providerId: string;
}

export class ChangeProviderReferralStatusDto {
  @ApiProperty({ enum: PROVIDER_REFERRAL_STATUSES.filter((s) => s !== 'sent') })
  @IsIn(PROVIDER_REFERRAL_STATUSES.filter((s) => s !== 'sent'))
  status: Exclude<ProviderReferralStatus, 'sent'>;

  @ApiPropertyOptional({ format: 'date', description: 'With first-appointment: the day of the first appointment' })
  @IsOptional()
  @IsCalendarDate()
  firstAppointmentOn?: string;
}

export class AwaitingUpdateQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 365, default: 14, description: 'Days without an update (sent or accepted)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;
}

export class ProviderReferralResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  planId: string;

  @ApiProperty()
  studentId: string;

  @ApiProperty({ format: 'uuid' })
  providerId: string;

  @ApiProperty({ type: [String], description: 'Consents the disclosure rests on' })
  consentIds: string[];

  @ApiProperty({ type: [String], description: 'Record classes disclosed' })
  classes: string[];

  @ApiProperty({ type: [String], description: 'Notices that travel with the referral (42 CFR 2.32 for a Part 2 program)' })
  notices: string[];

  @ApiProperty({ enum: PROVIDER_REFERRAL_STATUSES })
  status: string;

  @ApiProperty({ format: 'date', nullable: true, type: String })
  firstAppointmentOn: string | null;

  @ApiProperty()
  sentBy: string;

  @ApiProperty({ format: 'date-time' })
  sentAt: string;

  @ApiProperty({ format: 'date-time' })
  statusChangedAt: string;

  static from(r: ProviderReferral): ProviderReferralResponse {
    return Object.assign(new ProviderReferralResponse(), {
      id: r.id,
      planId: r.planId,
      studentId: r.studentId,
      providerId: r.providerId,
      consentIds: r.consentIds,
      classes: r.classes,
      notices: r.notices,
      status: r.status,
      firstAppointmentOn: r.firstAppointmentOn,
      sentBy: r.sentBy,
      sentAt: r.sentAt.toISOString(),
      statusChangedAt: r.statusChangedAt.toISOString(),
    });
  }
}
