import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PathwayStage } from '../domain/threat-case.js';

/** A pathway-to-violence screening: the steps observed, and the clinical findings behind them. */
@Entity({ name: 'threat_screening' })
export class ThreatScreening {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ type: 'text', array: true })
  observed: PathwayStage[];

  @Column({ name: 'pathway_stage', type: 'text' })
  pathwayStage: PathwayStage;

  @Column({ type: 'text' })
  findings: string;

  /** SUD class (42 CFR Part 2): only ever shown under R5. */
  @Column({ name: 'substance_use_findings', type: 'text', nullable: true })
  substanceUseFindings: string | null;

  @Column({ name: 'screened_by', type: 'text' })
  screenedBy: string;

  @Column({ name: 'screened_at', type: 'timestamptz' })
  screenedAt: Date;
}
