import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A reporting employee's identity, kept confidential (TEC 37.115, R11): police roles only. */
@Entity({ name: 'tip_reporter' })
export class TipReporter {
  @PrimaryColumn({ name: 'tip_id', type: 'uuid' })
  tipId: string;

  @Column({ name: 'employee_id', type: 'text' })
  employeeId: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text', nullable: true })
  contact: string | null;
}
