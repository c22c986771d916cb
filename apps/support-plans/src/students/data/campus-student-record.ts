import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns every clinical record about one student at one campus starts with (referrals,
 * support and safety plans, threat-assessment cases). Each entity keeps its own table.
 */
export abstract class CampusStudentRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'student_id', type: 'text' })
  studentId: string;

  @Column({ name: 'campus_id', type: 'text' })
  campusId: string;
}
