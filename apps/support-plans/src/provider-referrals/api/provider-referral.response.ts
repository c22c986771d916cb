import { ApiProperty } from '@nestjs/swagger';
import type { ProviderReferral } from '../data/provider-referral.entity.js';
import { PROVIDER_REFERRAL_STATUSES } from '../domain/provider-referral-status.js';

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
