import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { FORCE_TYPE_VALUES, INJURY_VALUES, type ForceTypeValue, type InjuryValue } from '#contracts';

export const FORCE_TYPES = FORCE_TYPE_VALUES;
export const INJURIES = INJURY_VALUES;

/** A use-of-force report (class LE). Its description stays here; events carry the categories only. */
@Entity({ name: 'incident_use_of_force' })
export class IncidentUseOfForce {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId: string;

  @Column({ name: 'student_id', type: 'text', nullable: true })
  studentId: string | null;

  @Column({ name: 'force_type', type: 'text' })
  forceType: ForceTypeValue;

  @Column({ name: 'subject_injury', type: 'text' })
  subjectInjury: InjuryValue;

  @Column({ name: 'officer_injury', type: 'text' })
  officerInjury: InjuryValue;

  @Column({ name: 'clinician_present', type: 'boolean' })
  clinicianPresent: boolean;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'used_at', type: 'timestamptz' })
  usedAt: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
