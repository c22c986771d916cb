import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { INCIDENT_TYPE_VALUES, type IncidentTypeValue } from '#contracts';

export const INCIDENT_TYPES = INCIDENT_TYPE_VALUES;
export type IncidentType = IncidentTypeValue;

export const INCIDENT_STATUSES = ['reported', 'triaged', 'dispatched', 'on-scene', 'cleared', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

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
}
