import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COURSE_CATEGORIES } from '../../courses/domain/course-catalogue.js';
import type { Certification } from '../data/certification.entity.js';

export class CertificationResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'Roster id from the staffing service' })
  staffId: string;

  @ApiProperty({ example: 'CIT-40' })
  courseCode: string;

  @ApiProperty({ enum: COURSE_CATEGORIES, example: 'cit' })
  category: string;

  @ApiProperty({ format: 'date', example: '2026-11-23' })
  issuedOn: string;

  @ApiPropertyOptional({ format: 'date', example: '2030-11-23', nullable: true, type: String, description: 'Exclusive; null never expires' })
  expiresOn: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  revokedAt: string | null;

  @ApiPropertyOptional({ enum: ['recorded-in-error', 'decertified'], nullable: true, type: String })
  revokedReason: string | null;

  @ApiProperty({ example: 'instructor-4' })
  recordedBy: string;

  static from(c: Certification): CertificationResponse {
    return Object.assign(new CertificationResponse(), {
      id: c.id,
      staffId: c.staffId,
      courseCode: c.courseCode,
      category: c.category,
      issuedOn: c.issuedOn,
      expiresOn: c.expiresOn,
      revokedAt: c.revokedAt?.toISOString() ?? null,
      revokedReason: c.revokedReason,
      recordedBy: c.recordedBy,
    });
  }
}
