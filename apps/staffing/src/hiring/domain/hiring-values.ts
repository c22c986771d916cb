/** A candidate's stages: screening → interviewing → offer → hired (or rejected). */
export const CANDIDATE_STATUSES = ['screening', 'interviewing', 'offer', 'hired', 'rejected'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export const REQUISITION_STATUSES = ['open', 'filled', 'cancelled'] as const;
export type RequisitionStatus = (typeof REQUISITION_STATUSES)[number];

/** The two signatures an offer needs: the chief of police's and the director of behavioral health's. */
export const OFFER_SIDES = ['police-chief', 'bh-director'] as const;
export type OfferSide = (typeof OFFER_SIDES)[number];

export const OFFER_DECISIONS = ['approved', 'rejected'] as const;
export type OfferDecisionValue = (typeof OFFER_DECISIONS)[number];
