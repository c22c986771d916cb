import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DistrictColumn } from '#platform';

/**
 * The student registry, fed by the SIS: what decide() needs to apply the 18-year rule and to know
 * the guardians of record (R4). No clinical data here.
 */
@Entity({ name: 'student' })
export class Student {
  /** Keys lead with the district (tenancy): upserts name it in their conflict target. */
  @DistrictColumn()
  readonly districtId?: string;

  @PrimaryColumn({ name: 'student_id', type: 'text' })
  studentId: string;

  /** YYYY-MM-DD (a local calendar date in the district's time zone). */
  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth: string;

  @Column({ name: 'guardian_ids', type: 'text', array: true, default: () => "'{}'" })
  guardianIds: string[];

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy: string;
}
