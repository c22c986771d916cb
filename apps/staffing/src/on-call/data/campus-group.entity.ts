import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Campuses one on-call clinician covers together; may span partner units/districts (shared clinicians). */
@Entity({ name: 'campus_group' })
export class CampusGroup {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'campus_ids', type: 'text', array: true })
  campusIds: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
