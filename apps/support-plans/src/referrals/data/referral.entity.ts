import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { REFERRAL_SOURCE_VALUES, type IncidentTypeValue, type REFERRAL_DECLINE_REASON_VALUES, type REFERRAL_DISPOSITION_VALUES } from '#contracts';
import type { MinorConsentBasis } from '#consent';
import { CampusStudentRecord } from '../../students/data/campus-student-record.js';

export const REFERRAL_SOURCES = REFERRAL_SOURCE_VALUES;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

export const REFERRAL_STATUSES = ['received', 'accepted', 'declined'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export type ReferralDeclineReason = (typeof REFERRAL_DECLINE_REASON_VALUES)[number];

/**
 * A referral to behavioral health: an education record of class EDU-CLIN, owned by clinicians.
 * Some fields carry other labels (libs/consent RECORD_TYPES.referral): `safetyFlag` EDU-SAFETY,
 * `clinicalNote` PSY-NOTE, `substanceUse` SUD. Every read goes through the ConsentGate.
 */
@Entity({ name: 'referral' })
@Index('referral_student_idx', ['studentId', 'createdAt'])
export class Referral extends CampusStudentRecord {
  @Column({ type: 'text' })
  source: ReferralSource;

  @Column({ name: 'incident_id', type: 'uuid', nullable: true })
  incidentId: string | null;

  @Column({ type: 'text' })
  reason: string;

  /** EDU-SAFETY: the joint team's flag; police see it under a consent, a grant or team membership (R3). */
  @Column({ name: 'safety_flag', type: 'boolean', default: false })
  safetyFlag: boolean;

  /** PSY-NOTE: the author and clinical supervisors only; no consent or emergency opens it (R3, R6). */
  @Column({ name: 'clinical_note', type: 'text', nullable: true })
  clinicalNote: string | null;

  /** SUD (42 CFR Part 2): outside the program only under a complete Part 2 consent naming the recipient (R5). */
  @Column({ name: 'substance_use', type: 'text', nullable: true })
  substanceUse: string | null;

  /**
   * Set when the minor consented to this treatment alone (TFC 32.004): then only the minor may
   * consent to disclosing the SUD information (R5). Not a labelled field, so never shown.
   */
  @Column({ name: 'sud_minor_consent_basis', type: 'text', nullable: true })
  sudMinorConsentBasis: MinorConsentBasis | null;

  @Column({ type: 'text', default: 'received' })
  status: ReferralStatus;

  /** From an incident disposition: the police request it answers (one referral per request). */
  @Column({ name: 'referral_request_id', type: 'uuid', nullable: true })
  referralRequestId: string | null;

  /** Minimum LE facts copied from the incident: an education record once here (R1, R2). */
  @Column({ name: 'incident_type', type: 'text', nullable: true })
  incidentType: IncidentTypeValue | null;

  @Column({ name: 'incident_occurred_at', type: 'timestamptz', nullable: true })
  incidentOccurredAt: Date | null;

  @Column({ name: 'mental_health_crisis', type: 'boolean', nullable: true })
  mentalHealthCrisis: boolean | null;

  @Column({ type: 'text', nullable: true })
  disposition: (typeof REFERRAL_DISPOSITION_VALUES)[number] | null;

  /** The decision: who accepted or declined, when, why. */
  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: ReferralDeclineReason | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  @Column({ name: 'assigned_clinician_id', type: 'text', nullable: true })
  assignedClinicianId: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
