import { Column, Entity } from 'typeorm';
import { HoursColumn } from '../../courses/data/hours.column.js';
import { StaffCourseRecord } from '../../courses/data/staff-course-record.js';

/** Hours a staff member spent on a course, once per (staff, course, day) whoever reported it. */
@Entity({ name: 'completion' })
export class Completion extends StaffCourseRecord {
  @Column({ name: 'completed_on', type: 'date' })
  completedOn: string;

  @HoursColumn()
  hours: number;

  @Column({ type: 'text' })
  source: 'instructor' | 'import';

  @Column({ name: 'import_id', type: 'uuid', nullable: true })
  importId: string | null;
}
