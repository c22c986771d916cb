import type { WellnessPolicy } from './policy.js';
import { allow, deny, type WellnessDecision } from './rules.js';

/** W11: the roles that see the command report (counts only). */
export const REPORT_ROLES = ['police-chief', 'bh-director', 'admin'] as const;

/** W11: a count as shown to command: small cells become "<5". Zero is shown (it names nobody). */
export function suppressCell(count: number, policy: WellnessPolicy): number | string {
  return count > 0 && count < policy.minCellSize ? `<${policy.minCellSize}` : count;
}

/** W11: a report may be narrowed to a unit only if that unit has at least the minimum number of people. */
export function reportScope(unit: { name: string; size: number } | null, policy: WellnessPolicy): WellnessDecision {
  if (!unit) return allow(['W11'], 'whole department');
  if (unit.size < policy.minUnitSize) return deny(['W11'], `unit ${unit.name} has fewer than ${policy.minUnitSize} people`);
  return allow(['W11'], `unit ${unit.name} of ${unit.size} people`);
}

/** W11: every cell of a report row, suppressed. */
export function suppressRow<K extends string>(row: Record<K, number>, policy: WellnessPolicy): Record<K, number | string> {
  const out = {} as Record<K, number | string>;
  for (const key of Object.keys(row) as K[]) out[key] = suppressCell(row[key], policy);
  return out;
}
