import { ApiProperty } from '@nestjs/swagger';
import { SHARED_RESOURCES, type SharedResource } from '#contracts';
import type { AgreementRecord } from '../data/agreement-records.js';

export class SharingAgreementResponse {
  @ApiProperty({ format: 'uuid' })
  agreementId: string;

  @ApiProperty({ example: 'elpaso-isd', description: 'The district whose staff are shared' })
  providerDistrictId: string;

  @ApiProperty({ example: 'canutillo-isd', description: 'The district whose campuses they may serve' })
  receiverDistrictId: string;

  @ApiProperty({ type: [String], example: ['campus-hs-01'] })
  campusIds: string[];

  @ApiProperty({ enum: SHARED_RESOURCES, isArray: true })
  shares: SharedResource[];

  @ApiProperty({ format: 'date-time' })
  effectiveFrom: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Exclusive; null: open-ended' })
  effectiveUntil: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set when the agreement was ended early' })
  endedAt: string | null;

  @ApiProperty({ format: 'date-time', description: 'When it was recorded' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', description: 'When it was last changed or ended' })
  updatedAt: string;

  static from(r: AgreementRecord): SharingAgreementResponse {
    return Object.assign(new SharingAgreementResponse(), { ...r.agreement, createdAt: r.createdAt, updatedAt: r.updatedAt });
  }
}
