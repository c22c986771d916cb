import { Column, Entity, VersionColumn } from 'typeorm';
import type { CaseOrigin, CaseStatus, ClosureOutcome, ConcernLevel, PathwayStage } from '../domain/threat-case.js';
import { CampusStudentRecord } from '../../students/data/campus-student-record.js';

/**
 * A threat-assessment case about one student (TEC 37.115). Its outcome fields are EDU-SAFETY (the
 * team's), its findings EDU-CLIN: see the `threat-assessment` labels in libs/consent.
 */
@Entity({ name: 'threat_case' })
export class ThreatCase extends CampusStudentRecord {
  @Column({ type: 'text' })
  origin: CaseOrigin;

  @Column({ name: 'incident_id', type: 'uuid', nullable: true })
  incidentId: string | null;

  @Column({ name: 'tip_id', type: 'uuid', nullable: true })
  tipId: string | null;

  @Column({ name: 'anonymous_report', type: 'boolean', default: false })
  anonymousReport: boolean;

  @Column({ type: 'text', default: 'open' })
  status: CaseStatus;

  @Column({ name: 'pathway_stage', type: 'text', nullable: true })
  pathwayStage: PathwayStage | null;

  @Column({ name: 'level_of_concern', type: 'text', nullable: true })
  levelOfConcern: ConcernLevel | null;

  @Column({ name: 'concern_rationale', type: 'text', nullable: true })
  concernRationale: string | null;

  @Column({ name: 'assessed_at', type: 'timestamptz', nullable: true })
  assessedAt: Date | null;

  @Column({ name: 'opened_by', type: 'text' })
  openedBy: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_by', type: 'text', nullable: true })
  closedBy: string | null;

  @Column({ name: 'closure_outcome', type: 'text', nullable: true })
  closureOutcome: ClosureOutcome | null;

  @Column({ name: 'closure_summary', type: 'text', nullable: true })
  closureSummary: string | null;

  @VersionColumn()
  version: number;
}
