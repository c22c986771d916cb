import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import {
  INCIDENT_PRIORITY_VALUES,
  INCIDENT_STATUS_VALUES,
  INCIDENT_TYPE_VALUES,
  type IncidentPriorityValue,
  type IncidentStatusValue,
  type IncidentTypeValue,
  type ClinicianModeValue,
  type OfficerOnlyReasonValue,
  type VoidReasonValue,
} from '#contracts';
import type { OfficerMatch } from '../../dispatch/domain/choose-responders.js';

export const INCIDENT_TYPES = INCIDENT_TYPE_VALUES;
export type IncidentType = IncidentTypeValue;

export const INCIDENT_STATUSES = INCIDENT_STATUS_VALUES;
export type IncidentStatus = IncidentStatusValue;

export const INCIDENT_PRIORITIES = INCIDENT_PRIORITY_VALUES;
export type IncidentPriority = IncidentPriorityValue;

/** A law-enforcement unit record (class LE, 34 CFR 99.8): never an education record while it stays here. */
@Entity({ name: 'incident' })
@Index('incident_campus_occurred_idx', ['campusId', 'occurredAt', 'id'])
export class Incident {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'campus_id', type: 'text' })
  campusId: string;

  @Column({ type: 'text' })
  location: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'text' })
  type: IncidentType;

  @Column({ name: 'student_ids', type: 'text', array: true, default: () => "'{}'" })
  studentIds: string[];

  @Column({ type: 'text' })
  narrative: string;

  @Column({ name: 'mental_health_crisis', type: 'boolean', default: false })
  mentalHealthCrisis: boolean;

  @Column({ type: 'text', default: 'reported' })
  status: IncidentStatus;

  @Column({ name: 'reported_by', type: 'text' })
  reportedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'text', nullable: true })
  priority: IncidentPriority | null;

  @Column({ name: 'co_response_indicated', type: 'boolean', nullable: true })
  coResponseIndicated: boolean | null;

  @Column({ name: 'triaged_at', type: 'timestamptz', nullable: true })
  triagedAt: Date | null;

  @Column({ name: 'co_response', type: 'boolean', nullable: true })
  coResponse: boolean | null;

  @Column({ name: 'officer_staff_id', type: 'uuid', nullable: true })
  officerStaffId: string | null;

  @Column({ name: 'clinician_staff_id', type: 'uuid', nullable: true })
  clinicianStaffId: string | null;

  @Column({ name: 'officer_match', type: 'text', nullable: true })
  officerMatch: OfficerMatch | null;

  /** The partner district that lent the officer under a sharing agreement; null: this district's own. */
  @Column({ name: 'officer_district_id', type: 'text', nullable: true })
  officerDistrictId: string | null;

  /** The partner district that lent the clinician under a sharing agreement; null: this district's own. */
  @Column({ name: 'clinician_district_id', type: 'text', nullable: true })
  clinicianDistrictId: string | null;

  /** The agreement a partner's responder was dispatched under (the clinician's when both were lent). */
  @Column({ name: 'sharing_agreement_id', type: 'uuid', nullable: true })
  sharingAgreementId: string | null;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ name: 'on_scene_at', type: 'timestamptz', nullable: true })
  onSceneAt: Date | null;

  @Column({ name: 'cleared_at', type: 'timestamptz', nullable: true })
  clearedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Why an officer went alone although co-response was indicated. */
  @Column({ name: 'officer_only_reason', type: 'text', nullable: true })
  officerOnlyReason: OfficerOnlyReasonValue | null;

  /** in-person or remote (telehealth consult) for a co-response. */
  @Column({ name: 'clinician_mode', type: 'text', nullable: true })
  clinicianMode: ClinicianModeValue | null;

  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ name: 'voided_by', type: 'text', nullable: true })
  voidedBy: string | null;

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason: VoidReasonValue | null;

  @Column({ name: 'void_note', type: 'text', nullable: true })
  voidNote: string | null;
}
