import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Discipline } from '#consent';

/**
 * One membership of a threat-assessment team. Never deleted: removal sets removed_at, so the
 * consent gate can tell who was on the team when (R3c, R11).
 */
@Entity({ name: 'threat_team_member' })
export class ThreatTeamMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'student_id', type: 'text' })
  studentId: string;

  @Column({ name: 'member_id', type: 'text' })
  memberId: string;

  @Column({ type: 'text' })
  discipline: Discipline;

  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;

  @Column({ name: 'added_by', type: 'text' })
  addedBy: string;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ name: 'removed_by', type: 'text', nullable: true })
  removedBy: string | null;
}
