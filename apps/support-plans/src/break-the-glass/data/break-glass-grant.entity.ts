import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RecipientRef, RecipientRole } from '#consent';

/** A break-the-glass grant (R6, FERPA 99.36), stored with its threat and recipients (R7). */
@Entity({ name: 'break_glass_grant' })
@Index('break_glass_grant_student_idx', ['studentId', 'expiresAt'])
export class BreakGlassGrantRecord {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'student_id', type: 'text' })
  studentId: string;

  @Column({ type: 'text' })
  grantee: string;

  @Column({ name: 'grantee_role', type: 'text' })
  granteeRole: RecipientRole;

  @Column({ type: 'text' })
  threat: string;

  @Column({ type: 'text' })
  justification: string;

  @Column({ type: 'jsonb' })
  recipients: RecipientRef[];

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** When it was ended early (POST /break-the-glass/{id}/end); decide() honours it. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'ended_by', type: 'text', nullable: true })
  endedBy: string | null;

  @Column({ name: 'ended_by_role', type: 'text', nullable: true })
  endedByRole: RecipientRole | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: string | null;
}
