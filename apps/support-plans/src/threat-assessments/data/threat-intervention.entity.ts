import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { THREAT_INTERVENTION_VALUES } from '#contracts';

export type ThreatInterventionType = (typeof THREAT_INTERVENTION_VALUES)[number];

@Entity({ name: 'threat_intervention' })
export class ThreatIntervention {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  type: ThreatInterventionType;

  /** Mental-health care (R11: under 18 only with written parental consent). */
  @Column({ type: 'boolean' })
  care: boolean;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'assigned_to', type: 'text', nullable: true })
  assignedTo: string | null;

  /** The parental consent that allowed care for a minor (R11), for the audit trail. */
  @Column({ name: 'care_consent_id', type: 'uuid', nullable: true })
  careConsentId: string | null;

  @Column({ name: 'added_by', type: 'text' })
  addedBy: string;

  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
