import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REFERRAL_SOURCES, REFERRAL_STATUSES, type Referral } from './referral.entity.js';

export class ReferralResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'S1000001' })
  studentId: string;

  @ApiProperty({ example: 'campus-ms-02' })
  campusId: string;

  @ApiProperty({ enum: REFERRAL_SOURCES, example: 'staff' })
  source: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  incidentId: string | null;

  @ApiProperty({ example: 'Counselor reports withdrawal and missed classes over two weeks.' })
  reason: string;

  @ApiProperty({ enum: REFERRAL_STATUSES, example: 'received' })
  status: string;

  @ApiProperty({ example: 'clinician-3' })
  createdBy: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(r: Referral): ReferralResponse {
    return Object.assign(new ReferralResponse(), {
      id: r.id,
      studentId: r.studentId,
      campusId: r.campusId,
      source: r.source,
      incidentId: r.incidentId,
      reason: r.reason,
      status: r.status,
      createdBy: r.createdBy,
      createdAt: r.createdAt.toISOString(),
    });
  }
}
