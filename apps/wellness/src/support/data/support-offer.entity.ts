import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OfferAnswer } from '#consent';
import type { SupportKind, SupporterKind } from '../domain/support-kinds.js';

/** W1, W7: a debrief offer or a self-requested session. No column holds what was said. */
@Entity({ name: 'support_offer' })
export class SupportOffer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @Column({ type: 'text' })
  kind: SupportKind;

  @Column({ type: 'text' })
  source: 'critical-incident' | 'self-request';

  @Column({ name: 'critical_incident_id', type: 'uuid', nullable: true })
  criticalIncidentId: string | null;

  /** Optional, given by the staff member on a self-request; read by them and their supporter only. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'offered_at', type: 'timestamptz' })
  offeredAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'text', nullable: true })
  answer: OfferAnswer | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'supporter_kind', type: 'text', nullable: true })
  supporterKind: SupporterKind | null;

  /** Staff id of the peer, or the EAP clinician's token subject. */
  @Column({ name: 'assigned_to', type: 'text', nullable: true })
  assignedTo: string | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'held_at', type: 'timestamptz', nullable: true })
  heldAt: Date | null;

  @Column({ name: 'held_by', type: 'text', nullable: true })
  heldBy: string | null;
}
