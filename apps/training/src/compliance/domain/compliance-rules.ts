import { addDays } from '../../calendar/domain/district-time.js';
import type { CourseCategory } from '../../courses/domain/course-catalogue.js';

/** TCOLE counts in 2-year training units and 4-year cycles that start on 1 September of odd years (2025-09-01, 2027-09-01…). */
const CYCLE_ANCHOR_YEAR = 2021;
export const TCOLE_UNIT_HOURS = 40;

export const PROFICIENCY_LEVELS = ['basic', 'intermediate', 'advanced', 'master'] as const;
export type ProficiencyLevel = (typeof PROFICIENCY_LEVELS)[number];

export interface Period {
  from: string;
  /** Exclusive. */
  to: string;
}

export interface PersonFacts {
  role: string;
  unit: string;
  /** TCOLE proficiency certificate level on the as-of day; null when none is on record. */
  proficiency: ProficiencyLevel | null;
}

export interface CompletionFact {
  category: CourseCategory;
  completedOn: string;
  hours: number;
}

export type RequirementCode = 'TCOLE_UNIT_HOURS' | 'TCOLE_LEGISLATIVE_UPDATE' | 'CRISIS_INTERVENTION' | 'DE_ESCALATION' | 'LICENSE_CURRENT' | 'CEU_HOURS' | 'ETHICS_HOURS';

export interface RequirementResult {
  code: RequirementCode;
  period: Period;
  required: number;
  completed: number;
  met: boolean;
  /** Why it is not met, in words; null when met. */
  reason: string | null;
}

function periodStarting(day: string, years: number): Period {
  const year = Number(day.slice(0, 4));
  const septemberStarted = day >= `${year}-09-01`;
  const yearsSinceAnchor = (septemberStarted ? year : year - 1) - CYCLE_ANCHOR_YEAR;
  const startYear = CYCLE_ANCHOR_YEAR + Math.floor(yearsSinceAnchor / years) * years;
  return { from: `${startYear}-09-01`, to: `${startYear + years}-09-01` };
}

export const tcoleTrainingUnit = (day: string): Period => periodStarting(day, 2);
export const tcoleTrainingCycle = (day: string): Period => periodStarting(day, 4);

/** Peace officers: the police unit's sworn roles (officers, supervisors, the chief). */
export function isPeaceOfficer(p: Pick<PersonFacts, 'role' | 'unit'>): boolean {
  return p.unit === 'police' && ['officer', 'supervisor', 'director'].includes(p.role);
}

/**
 * The training facts of libs/consent/RULES.md, as of a day: 40 hours per TCOLE unit including the
 * legislative update; below intermediate proficiency, Crisis Intervention and De-escalation each
 * 4-year cycle. Completions after the as-of day do not count; a period still running is judged on
 * what is done so far (run it on the period's last day for the end-of-period audit).
 */
export function evaluateCompliance(person: PersonFacts, completions: readonly CompletionFact[], asOf: string): RequirementResult[] {
  if (!isPeaceOfficer(person)) return [];
  const unit = tcoleTrainingUnit(asOf);
  const cycle = tcoleTrainingCycle(asOf);
  const upTo = (p: Period) => completions.filter((c) => c.completedOn >= p.from && c.completedOn < p.to && c.completedOn <= asOf);
  const inUnit = upTo(unit);
  const inCycle = upTo(cycle);
  const hours = Math.round(inUnit.filter((c) => c.category !== 'clinician-ceu').reduce((sum, c) => sum + c.hours, 0) * 10) / 10;
  const count = (list: CompletionFact[], category: CourseCategory) => list.filter((c) => c.category === category).length;
  const last = (p: Period) => addDays(p.to, -1);

  const results: RequirementResult[] = [
    requirement('TCOLE_UNIT_HOURS', unit, TCOLE_UNIT_HOURS, hours, `${hours} of ${TCOLE_UNIT_HOURS} TCOLE hours in the unit ${unit.from} to ${last(unit)}`),
    requirement('TCOLE_LEGISLATIVE_UPDATE', unit, 1, count(inUnit, 'tcole-legislative-update'), `no legislative update in the unit ${unit.from} to ${last(unit)}`),
  ];
  if (person.proficiency === null || person.proficiency === 'basic') {
    results.push(
      requirement('CRISIS_INTERVENTION', cycle, 1, count(inCycle, 'cit'), `no Crisis Intervention course in the cycle ${cycle.from} to ${last(cycle)} (below intermediate proficiency)`),
      requirement('DE_ESCALATION', cycle, 1, count(inCycle, 'de-escalation'), `no De-escalation course in the cycle ${cycle.from} to ${last(cycle)} (below intermediate proficiency)`),
    );
  }
  return results;
}

function requirement(code: RequirementCode, period: Period, required: number, completed: number, unmetReason: string): RequirementResult {
  const met = completed >= required;
  return { code, period, required, completed, met, reason: met ? null : unmetReason };
}
