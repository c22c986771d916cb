import type { WellnessPolicy } from './policy.js';
import { suppressCell } from './reports.js';

/** W13: course categories that count toward the yearly well-being hours goal. */
export const WELLBEING_COURSE_CATEGORIES = ['stress-management', 'resilience'] as const;

export function countsTowardWellbeingGoal(category: string): boolean {
  return (WELLBEING_COURSE_CATEGORIES as readonly string[]).includes(category);
}

/**
 * W13, W11: a unit's progress toward the goal as counts of people, never who: how many met the
 * yearly hours and how many did not, each cell suppressed like any other report cell.
 */
export function unitGoalCounts(hoursPerPerson: readonly number[], policy: WellnessPolicy): { people: number | string; met: number | string; notMet: number | string; goalHours: number } {
  const met = hoursPerPerson.filter((h) => h >= policy.wellbeingHoursGoal).length;
  return {
    people: suppressCell(hoursPerPerson.length, policy),
    met: suppressCell(met, policy),
    notMet: suppressCell(hoursPerPerson.length - met, policy),
    goalHours: policy.wellbeingHoursGoal,
  };
}
