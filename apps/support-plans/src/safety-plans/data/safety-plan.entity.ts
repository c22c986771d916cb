import { Column, Entity } from 'typeorm';
import { CampusStudentRecord } from '../../students/data/campus-student-record.js';

export const MEANS_VALUES = ['firearms', 'medications', 'sharp-objects', 'ligatures', 'vehicle', 'other'] as const;
export type Means = (typeof MEANS_VALUES)[number];

export interface SupportContact {
  name: string;
  relationship: string;
  phone?: string;
}

export interface MeansRestriction {
  means: Means;
  action: string;
  /** Who makes it happen (a guardian, the clinician). */
  responsible?: string;
}

/**
 * A safety plan. Its summary, review date and status are EDU-SAFETY (shared with the student's
 * threat-assessment team); warning signs, coping strategies, contacts and means restriction are
 * EDU-CLIN (see the `safety-plan` labels in libs/consent).
 */
@Entity({ name: 'safety_plan' })
export class SafetyPlan extends CampusStudentRecord {
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ type: 'text', default: 'active' })
  status: 'active' | 'retired';

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'warning_signs', type: 'jsonb' })
  warningSigns: string[];

  @Column({ name: 'coping_strategies', type: 'jsonb' })
  copingStrategies: string[];

  @Column({ name: 'support_contacts', type: 'jsonb' })
  supportContacts: SupportContact[];

  @Column({ name: 'means_restriction', type: 'jsonb' })
  meansRestriction: MeansRestriction[];

  @Column({ name: 'review_on', type: 'date', nullable: true })
  reviewOn: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
