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
] as const;

export type Purpose = (typeof PURPOSES)[number];
