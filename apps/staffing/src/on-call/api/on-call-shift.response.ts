import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { OnCallShiftRecord } from '../data/on-call-shift.entity.js';

export class OnCallShiftResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  staffId: string;

  @ApiPropertyOptional({ example: 'north-cluster', nullable: true, type: String })
  campusGroup: string | null;

  @ApiProperty({ type: [String], example: ['campus-hs-01', 'partner-isd-ms-02'] })
  campusIds: string[];

  @ApiProperty({ format: 'date-time', description: 'Inclusive' })
  startsAt: string;

  @ApiProperty({ format: 'date-time', description: 'Exclusive' })
  endsAt: string;

  @ApiProperty({ example: false })
  cancelled: boolean;

  @ApiProperty({ type: [String], description: 'Other live shifts on a shared campus at the same time (reported, allowed)' })
  overlappingShiftIds: string[];

  static from(s: OnCallShiftRecord, overlappingShiftIds: string[]): OnCallShiftResponse {
    return Object.assign(new OnCallShiftResponse(), {
      id: s.id,
      staffId: s.staffId,
      campusGroup: s.campusGroup,
      campusIds: s.campusIds,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      cancelled: s.cancelled,
      overlappingShiftIds,
    });
  }
}
