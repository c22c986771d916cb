import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { REFERRAL_SOURCE_VALUES } from '#contracts';

export const REFERRAL_SOURCES = REFERRAL_SOURCE_VALUES;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

export const REFERRAL_STATUSES = ['received', 'accepted', 'declined'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** A referral to behavioral health: an education record of class EDU-CLIN, owned by clinicians. */
@Entity({ name: 'referral' })
@Index('referral_student_idx', ['studentId', 'createdAt'])
export class Referral {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'student_id', type: 'text' })
  studentId: string;

  @Column({ name: 'campus_id', type: 'text' })
  campusId: string;

  @Column({ type: 'text' })
  source: ReferralSource;

  @Column({ name: 'incident_id', type: 'uuid', nullable: true })
  incidentId: string | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text', default: 'received' })
  status: ReferralStatus;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
