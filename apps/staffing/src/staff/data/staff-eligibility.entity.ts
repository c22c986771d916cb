import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Local read model of training.eligibility.changed (the officer half of co-responder eligibility). */
@Entity({ name: 'staff_eligibility' })
export class StaffEligibility {
  @PrimaryColumn({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @Column({ name: 'cit_certified', type: 'boolean' })
  citCertified: boolean;

  @Column({ name: 'valid_through', type: 'date', nullable: true })
  validThrough: string | null;

  @Column({ name: 'certification_id', type: 'uuid', nullable: true })
  certificationId: string | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'effective_at', type: 'timestamptz' })
  effectiveAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
