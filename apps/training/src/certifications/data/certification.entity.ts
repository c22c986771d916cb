import { Column, Entity, Index } from 'typeorm';
import { StaffCourseRecord } from '../../courses/data/staff-course-record.js';

/** A staff member's certification from a course: valid from issuedOn until expiresOn (exclusive). */
@Entity({ name: 'certification' })
@Index('certification_staff_idx', ['staffId'])
export class Certification extends StaffCourseRecord {
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: string | null;
}
