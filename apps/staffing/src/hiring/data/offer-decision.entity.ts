import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OfferDecisionValue, OfferSide } from '../domain/hiring-values.js';

/** One side's signature (or refusal) on a candidate's offer. */
@Entity({ name: 'offer_decision' })
export class OfferDecision {
  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @PrimaryColumn({ type: 'text' })
  side: OfferSide;

  @Column({ type: 'text' })
  decision: OfferDecisionValue;

  @Column({ name: 'decided_by', type: 'text' })
  decidedBy: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
