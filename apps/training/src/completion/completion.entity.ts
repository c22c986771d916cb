import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CourseCategory } from '../course/course.entity.js';

/** Hours a staff member spent on a course, once per (staff, course, day) whoever reported it. */
@Entity({ name: 'completion' })
export class Completion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'course_code', type: 'text' })
  courseCode: string;

  @Column({ type: 'text' })
  category: CourseCategory;

  @Column({ name: 'completed_on', type: 'date' })
  completedOn: string;

  @Column({ type: 'numeric', precision: 5, scale: 1, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  hours: number;

  @Column({ type: 'text' })
  source: 'instructor' | 'import';

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @Column({ name: 'import_id', type: 'uuid', nullable: true })
  importId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
