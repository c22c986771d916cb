import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DISPOSITION_VALUES, type DispositionValue } from '#contracts';

export const DISPOSITIONS = DISPOSITION_VALUES;
export type Disposition = DispositionValue;

/** How the incident ended for one student; at most one per student and incident. */
@Entity({ name: 'incident_disposition' })
export class IncidentDisposition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId: string;

  @Column({ name: 'student_id', type: 'text' })
  studentId: string;

  @Column({ type: 'text' })
  disposition: Disposition;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  /** Set when a consent-projected referral request went to the clinical side. */
  @Column({ name: 'referral_request_id', type: 'uuid', nullable: true })
  referralRequestId: string | null;
}
