import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** W9: an imminent-danger escalation to a licensed clinician; the staff member sees every entry. */
@Entity({ name: 'escalation' })
export class Escalation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @Column({ name: 'by_sub', type: 'text' })
  bySub: string;

  @Column({ name: 'clinician_sub', type: 'text' })
  clinicianSub: string;

  @Column({ name: 'clinician_license', type: 'text' })
  clinicianLicense: string;

  @Column({ type: 'text' })
  justification: string;

  @Column({ type: 'timestamptz' })
  at: Date;
}
