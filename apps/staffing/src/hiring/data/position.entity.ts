import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { StaffRole, Unit } from '../../staff/domain/roster-values.js';

/** A budgeted job in the joint department (officer, clinician, supervisor, director). */
@Entity({ name: 'position' })
export class Position {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  role: StaffRole;

  @Column({ type: 'text' })
  unit: Unit;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
