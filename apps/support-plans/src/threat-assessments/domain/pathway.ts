import { PATHWAY_STAGE_VALUES } from '#contracts';
import type { PathwayStage } from './threat-case.js';

/** The pathway to violence in order: grievance → ideation → research/planning → preparation → breach → attack. */
export const PATHWAY: readonly Exclude<PathwayStage, 'none'>[] = PATHWAY_STAGE_VALUES.filter((s) => s !== 'none') as Exclude<PathwayStage, 'none'>[];

/**
 * The furthest step observed. Steps can be skipped (a student may research before voicing a
 * grievance), so the stage is the furthest one seen, not the count of steps.
 */
export function furthestStage(observed: readonly PathwayStage[]): PathwayStage {
  let furthest = -1;
  for (const s of observed) furthest = Math.max(furthest, PATHWAY.indexOf(s as Exclude<PathwayStage, 'none'>));
  return furthest < 0 ? 'none' : PATHWAY[furthest];
}
