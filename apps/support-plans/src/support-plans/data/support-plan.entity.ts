import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Goal, PlannedIntervention, ReviewOutcome, SupportPlanStatus } from '../domain/support-plan.js';
import { CampusStudentRecord } from '../../students/data/campus-student-record.js';

/** A support plan: EDU-CLIN, owned by clinicians (see the `support-plan` labels in libs/consent). */
@Entity({ name: 'support_plan' })
export class SupportPlan extends CampusStudentRecord {
  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId: string | null;

  @Column({ name: 'assigned_clinician_id', type: 'text' })
  assignedClinicianId: string;

  @Column({ type: 'text', default: 'active' })
  status: SupportPlanStatus;

  @Column({ type: 'jsonb' })
  goals: Goal[];

  @Column({ type: 'jsonb' })
  interventions: PlannedIntervention[];

  /** YYYY-MM-DD in the district's calendar; null once the plan ended. */
  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn: string | null;

  /** The written parental consent that allowed care for a minor (R11). */
  @Column({ name: 'care_consent_id', type: 'uuid', nullable: true })
  careConsentId: string | null;

  @Column({ name: 'started_by', type: 'text' })
  startedBy: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}

@Entity({ name: 'support_plan_review' })
export class SupportPlanReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ type: 'text' })
  outcome: ReviewOutcome;

  @Column({ type: 'text' })
  summary: string;

  /** The review date this review answered. */
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn: string | null;

  @Column({ name: 'reviewed_by', type: 'text' })
  reviewedBy: string;

  @Column({ name: 'reviewed_at', type: 'timestamptz' })
  reviewedAt: Date;
}
