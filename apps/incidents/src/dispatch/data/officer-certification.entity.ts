import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Local read model of training's certification events (never training's tables). Dispatch asks it
 * whether an officer holds a current CIT certification.
 */
@Entity({ name: 'officer_certification' })
@Index('officer_certification_staff_idx', ['staffId', 'category'])
export class OfficerCertification {
  @PrimaryColumn({ name: 'certification_id', type: 'uuid' })
  certificationId: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @Column({ type: 'text', nullable: true })
  category: string | null;

  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn: string | null;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ type: 'boolean', default: false })
  revoked: boolean;
}
