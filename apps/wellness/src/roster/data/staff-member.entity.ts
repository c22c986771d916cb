import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Local read model of staffing's roster: units for reports (W11) and supervisors for matching (W8). */
@Entity({ name: 'staff_member' })
export class WellnessStaffMember {
  @PrimaryColumn({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ name: 'supervisor_id', type: 'uuid', nullable: true })
  supervisorId: string | null;

  @Column({ type: 'boolean' })
  active: boolean;
}
