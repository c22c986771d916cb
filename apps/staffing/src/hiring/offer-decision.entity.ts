import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The two signatures an offer needs: the chief of police's and the director of behavioral health's. */
export const OFFER_SIDES = ['police-chief', 'bh-director'] as const;
export type OfferSide = (typeof OFFER_SIDES)[number];

export const OFFER_DECISIONS = ['approved', 'rejected'] as const;
export type OfferDecisionValue = (typeof OFFER_DECISIONS)[number];

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
