import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { COURSE_CATEGORY_VALUES } from '#contracts';

export const COURSE_CATEGORIES = COURSE_CATEGORY_VALUES;
export type CourseCategory = (typeof COURSE_CATEGORIES)[number];

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

  @Column({ type: 'numeric', precision: 5, scale: 1, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  hours: number;

  /** The share of `hours` on professional ethics (clinician CEUs: license renewals count it apart). */
  @Column({ name: 'ethics_hours', type: 'numeric', precision: 5, scale: 1, default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  ethicsHours: number;

  @Column({ name: 'validity_months', type: 'integer', nullable: true })
  validityMonths: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
