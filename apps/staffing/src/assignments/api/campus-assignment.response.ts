import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CampusAssignment } from '../data/campus-assignment.entity.js';

export class CampusAssignmentResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  staffId: string;

  @ApiProperty({ example: 'campus-hs-01' })
  campusId: string;

  @ApiProperty({ example: true })
  primary: boolean;

  @ApiProperty({ format: 'date', example: '2026-08-15' })
  effectiveFrom: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'Exclusive; null is open-ended' })
  effectiveTo: string | null;

  @ApiProperty({ example: false, description: 'Withdrawn altogether (recorded in error)' })
  cancelled: boolean;

  static from(a: CampusAssignment): CampusAssignmentResponse {
    return Object.assign(new CampusAssignmentResponse(), {
      id: a.id,
      staffId: a.staffId,
      campusId: a.campusId,
      primary: a.primary,
      effectiveFrom: a.effectiveFrom,
      effectiveTo: a.effectiveTo,
      cancelled: a.cancelled,
    });
  }
}
