import type { SUPPORT_INTERVENTION_VALUES, THREAT_INTERVENTION_VALUES } from '#contracts';

/**
 * Which interventions are mental-health care (R11: none for a student under 18 without written
 * parental consent). Referring a student for an assessment is not care: TEC 37.115 lets the team
 * refer. Safety and supervision measures, conferences and schedule changes are not care either.
 */
const CARE: ReadonlySet<string> = new Set([
  // threat-assessment interventions
  'counseling',
  // support-plan interventions
  'individual-counseling',
  'group-counseling',
  'family-sessions',
  'skills-group',
  'crisis-follow-up',
]);

export function isCare(type: (typeof THREAT_INTERVENTION_VALUES)[number] | (typeof SUPPORT_INTERVENTION_VALUES)[number]): boolean {
  return CARE.has(type);
}
