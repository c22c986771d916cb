/** The district's well-being choices (**policy** in ./RULES.md); services load overrides from configuration. */
export interface WellnessPolicy {
  /** W4: a fit declaration older than this many days no longer unblocks an officer offer. */
  declarationMaxAgeDays: number;
  /** W7: a debrief is due this many hours after the staff member accepts it. */
  debriefDueHours: number;
  /** W7: an unanswered offer lapses after this many days; the staff member can ask again. */
  offerExpiryDays: number;
  /** W11: counts below this are shown as "<5". */
  minCellSize: number;
  /** W11: the smallest unit (people on the roster) a report may be narrowed to. */
  minUnitSize: number;
  /** W13: well-being training hours per person per calendar year. */
  wellbeingHoursGoal: number;
  /** W9: the shortest justification an escalation accepts. */
  minJustificationLength: number;
}

export const DEFAULT_WELLNESS_POLICY: Readonly<WellnessPolicy> = Object.freeze({
  declarationMaxAgeDays: 180,
  debriefDueHours: 72,
  offerExpiryDays: 14,
  minCellSize: 5,
  minUnitSize: 5,
  wellbeingHoursGoal: 4,
  minJustificationLength: 20,
});
