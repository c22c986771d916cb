import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A clinician on call for some campuses from startsAt (inclusive) until endsAt (exclusive). */
@Entity({ name: 'on_call_shift' })
export class OnCallShiftRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  /** The group the campuses were taken from when published, if any. */
  @Column({ name: 'campus_group', type: 'text', nullable: true })
  campusGroup: string | null;

  @Column({ name: 'campus_ids', type: 'text', array: true })
  campusIds: string[];

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'boolean', default: false })
  cancelled: boolean;

  @Column({ name: 'published_by', type: 'text' })
  publishedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
