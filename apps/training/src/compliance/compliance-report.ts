import type { EntityManager } from 'typeorm';
import { evaluateCompliance, type CompletionFact, type ProficiencyLevel, type RequirementResult } from './compliance-rules.js';

export interface PersonCompliance {
  staffId: string;
  employeeId: string;
  role: string;
  unit: string;
  asOf: string;
  compliant: boolean;
  requirements: RequirementResult[];
}

interface PersonRow {
  staff_id: string;
  employee_id: string;
  role: string;
  unit: string;
  level: ProficiencyLevel | null;
  since: string | null;
}

/** Loads the people, their proficiency and their completions in three queries, then applies the pure rules. */
export async function complianceOf(em: EntityManager, people: PersonRow[], asOf: string): Promise<PersonCompliance[]> {
  if (people.length === 0) return [];
  const rows: { staff_id: string; category: CompletionFact['category']; completed_on: string; hours: string }[] = await em.query(
    `SELECT staff_id, category, to_char(completed_on, 'YYYY-MM-DD') AS completed_on, hours FROM completion
      WHERE staff_id = ANY ($1::uuid[]) AND completed_on <= $2::date`,
    [people.map((p) => p.staff_id), asOf],
  );
  const byStaff = new Map<string, CompletionFact[]>();
  for (const r of rows) {
    const list = byStaff.get(r.staff_id) ?? [];
    list.push({ category: r.category, completedOn: r.completed_on, hours: Number(r.hours) });
    byStaff.set(r.staff_id, list);
  }
  return people.map((p) => {
    // A level granted after the as-of day did not exist yet then.
    const proficiency = p.level && p.since && p.since <= asOf ? p.level : null;
    const requirements = evaluateCompliance({ role: p.role, unit: p.unit, proficiency }, byStaff.get(p.staff_id) ?? [], asOf);
    return {
      staffId: p.staff_id,
      employeeId: p.employee_id,
      role: p.role,
      unit: p.unit,
      asOf,
      compliant: requirements.every((r) => r.met),
      requirements,
    };
  });
}

const PEOPLE_SQL = `
  SELECT p.staff_id, p.employee_id, p.role, p.unit, o.level, to_char(o.since, 'YYYY-MM-DD') AS since
    FROM person p LEFT JOIN officer_proficiency o ON o.staff_id = p.staff_id`;

export function personRows(em: EntityManager, staffId: string): Promise<PersonRow[]> {
  return em.query(`${PEOPLE_SQL} WHERE p.staff_id = $1`, [staffId]);
}

export function unitRows(em: EntityManager, unit: string): Promise<PersonRow[]> {
  return em.query(`${PEOPLE_SQL} WHERE p.unit = $1 AND p.active ORDER BY p.employee_id`, [unit]);
}
