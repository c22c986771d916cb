import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { CourseCategory } from '../domain/course-catalogue.js';

/**
 * The columns a completion and a certification share: whose record, which catalogue course (its code
 * and category copied, as events carry them) and who recorded it. Not an entity: each has its table.
 */
export abstract class StaffCourseRecord {
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

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
