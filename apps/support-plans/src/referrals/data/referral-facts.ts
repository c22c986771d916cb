import type { Referral } from './referral.entity.js';

/** What every clinical-only referral event says about the referral: identifiers and categories, no clinical text. */
export const referralFacts = (r: Referral) => ({ referralId: r.id, studentId: r.studentId, campusId: r.campusId, source: r.source, incidentId: r.incidentId });

/** A decision's facts: the referral, who decided and when. */
export const decisionFacts = (r: Referral, by: string, now: Date) => ({ ...referralFacts(r), decidedBy: by, decidedAt: now.toISOString() });
