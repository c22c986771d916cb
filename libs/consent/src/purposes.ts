/** Why data is asked for. Every basis is limited to purposes; none is "any purpose". */
export const PURPOSES = [
  'referral',
  'co-response',
  'threat-assessment',
  'safety-emergency',
  'treatment',
  'investigation',
  'parent-inspection',
  'self-inspection',
  'analytics',
  // A clinical supervisor reviewing a clinician's work, psychotherapy notes included (R3): clinical unit only.
  'supervision',
  // District administration of the student's record (an administrator): directory information;
  // clinical classes only under a consent naming administration for it (R3a, R4).
  'administration',
] as const;

export type Purpose = (typeof PURPOSES)[number];
