import { isCare } from '../care/care.js';
import type { PlannedIntervention } from './support-plan.entity.js';

/** A plan with any care intervention is mental-health care (R11); mentoring or academic support alone is not. */
export const plansCare = (interventions: readonly PlannedIntervention[]) => interventions.some((i) => isCare(i.type));
