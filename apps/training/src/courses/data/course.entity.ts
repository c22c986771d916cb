import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CourseCategory } from '../domain/course-catalogue.js';
import { HoursColumn } from './hours.column.js';

/** A catalogue course. A null validity means the completion never expires. */
@Entity({ name: 'course' })
export class Course {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  category: CourseCategory;

  @HoursColumn()
  hours: number;

  /** The share of `hours` on professional ethics (clinician CEUs: license renewals count it apart). */
  @HoursColumn({ name: 'ethics_hours', default: 0 })
  ethicsHours: number;

  @Column({ name: 'validity_months', type: 'integer', nullable: true })
  validityMonths: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
