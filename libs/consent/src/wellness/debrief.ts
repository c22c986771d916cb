import { addDays, addHours } from './calendar.js';
import type { WellnessPolicy } from './policy.js';
import { allow, deny, type WellnessDecision } from './rules.js';

/** W6: what makes an incident critical for the staff involved (Occupations Code 1701.624 peer support; EAP practice). */
export const CRITICAL_INCIDENT_KINDS = ['use-of-force', 'officer-injury', 'weapon-incident', 'emergency-detention', 'supervisor-marked'] as const;
export type CriticalIncidentKind = (typeof CRITICAL_INCIDENT_KINDS)[number];

/** W6: the staff ids offered a debrief: each one once, and only for a critical kind. */
export function debriefRecipients(fact: { kinds: readonly string[]; staffIds: readonly string[] }): string[] {
  const critical = fact.kinds.some((k) => (CRITICAL_INCIDENT_KINDS as readonly string[]).includes(k));
  return critical ? [...new Set(fact.staffIds)].sort() : [];
}

export type OfferAnswer = 'accepted' | 'declined';
export type OfferStatus = 'open' | 'expired' | 'accepted' | 'declined' | 'held';

export interface OfferFacts {
  staffId: string;
  offeredAt: Date;
  expiresAt: Date;
  answer: OfferAnswer | null;
  heldAt: Date | null;
}

/** W7: when an offer made at `offeredAt` lapses unanswered. */
export function offerExpiry(offeredAt: Date, policy: WellnessPolicy): Date {
  return addDays(offeredAt, policy.offerExpiryDays);
}

/** W7: when an accepted debrief is due. */
export function debriefDue(acceptedAt: Date, policy: WellnessPolicy): Date {
  return addHours(acceptedAt, policy.debriefDueHours);
}

export function offerStatus(offer: OfferFacts, now: Date): OfferStatus {
  if (offer.heldAt) return 'held';
  if (offer.answer) return offer.answer;
  return now.getTime() >= offer.expiresAt.getTime() ? 'expired' : 'open';
}

/** W7, W10: only the staff member an offer is for sees or answers it; anyone else gets "no such offer". */
export function mayActOnOffer(requesterStaffId: string, offer: { staffId: string } | null): WellnessDecision {
  if (offer && offer.staffId === requesterStaffId) return allow(['W7'], 'the offer is addressed to the caller');
  return deny(['W7', 'W10'], offer ? 'the offer is addressed to someone else' : 'no such offer');
}

/** W7: an answer is possible only while the offer is open. */
export function answerProblem(offer: OfferFacts, now: Date): string | undefined {
  const status = offerStatus(offer, now);
  return status === 'open' ? undefined : `the offer is ${status}`;
}

/** W7: a held debrief keeps these fields and nothing else; there is no place for its content. */
export const HELD_SESSION_FIELDS = ['heldAt', 'heldBy'] as const;

/** W7: held within the due time (the command report's "held within 72 h"). */
export function heldWithinDue(dueAt: Date | null, heldAt: Date | null): boolean {
  return dueAt !== null && heldAt !== null && heldAt.getTime() <= dueAt.getTime();
}
