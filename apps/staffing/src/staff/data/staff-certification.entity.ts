import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Local read model of training's certification events, shown on the roster. */
@Entity({ name: 'staff_certification' })
@Index('staff_certification_staff_idx', ['staffId'])
export class StaffCertification {
  @PrimaryColumn({ name: 'certification_id', type: 'uuid' })
  certificationId: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @Column({ name: 'course_code', type: 'text', nullable: true })
  courseCode: string | null;

  @Column({ type: 'text', nullable: true })
  category: string | null;

  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ type: 'boolean', default: false })
  revoked: boolean;
}
