import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DeactivationReason, StaffRole, Unit } from '../domain/roster-values.js';

/** A member of the joint department's roster. Clinicians carry a license number. */
@Entity({ name: 'staff_member' })
export class StaffMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'employee_id', type: 'text', unique: true })
  employeeId: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  role: StaffRole;

  @Column({ type: 'text' })
  unit: Unit;

  @Column({ name: 'license_number', type: 'text', nullable: true })
  licenseNumber: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Chain of command (published on staffing.staff.added): peer support is matched outside it (W8). */
  @Column({ name: 'supervisor_id', type: 'uuid', nullable: true })
  supervisorId: string | null;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @Column({ name: 'deactivation_reason', type: 'text', nullable: true })
  deactivationReason: DeactivationReason | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
