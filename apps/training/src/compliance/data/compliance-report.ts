import type { EntityManager } from 'typeorm';
import { creditedCompletions, type CourseCertification, type RecordedCompletion } from '../domain/certification-credit.js';
import type { LicenseType } from '../../licenses/domain/license-type.js';
import { licenseRequirements, type CeuFact, type LicenseFact } from '../../licenses/domain/license-rules.js';
import { evaluateCompliance, type CompletionFact, type ProficiencyLevel, type RequirementResult } from '../domain/compliance-rules.js';

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

function groupBy<R extends { staff_id: string }, T>(rows: readonly R[], map: (r: R) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.staff_id, [...(out.get(r.staff_id) ?? []), map(r)]);
  return out;
}

/** Loads the people, their proficiency, completions and certifications, then applies the pure rules. */
export async function complianceOf(em: EntityManager, people: PersonRow[], asOf: string): Promise<PersonCompliance[]> {
  if (people.length === 0) return [];
  const ids = people.map((p) => p.staff_id);
  const rows: { staff_id: string; course_id: string; category: CompletionFact['category']; completed_on: string; hours: string; ethics_hours: string }[] = await em.query(
    `SELECT c.staff_id, c.course_id, c.category, to_char(c.completed_on, 'YYYY-MM-DD') AS completed_on, c.hours, co.ethics_hours
       FROM completion c JOIN course co ON co.id = c.course_id
      WHERE c.staff_id = ANY ($1::uuid[]) AND c.completed_on <= $2::date`,
    [ids, asOf],
  );
  const licenses = groupBy(
    (await em.query(
      `SELECT staff_id, license_type, to_char(issued_on, 'YYYY-MM-DD') AS issued_on, to_char(expires_on, 'YYYY-MM-DD') AS expires_on
         FROM clinician_license WHERE staff_id = ANY ($1::uuid[]) AND issued_on <= $2::date`,
      [ids, asOf],
    )) as { staff_id: string; license_type: LicenseType; issued_on: string; expires_on: string }[],
    (r): LicenseFact => ({ licenseType: r.license_type, issuedOn: r.issued_on, expiresOn: r.expires_on }),
  );
  const ceus = groupBy(rows.filter((r) => r.category === 'clinician-ceu'), (r): CeuFact => ({ category: r.category, completedOn: r.completed_on, hours: Number(r.hours), ethicsHours: Number(r.ethics_hours) }));
  // Certifications earned through a course count as its completion, once (certification-credit.ts).
  const certs: { staff_id: string; course_id: string; category: CompletionFact['category']; issued_on: string; hours: string }[] = await em.query(
    `SELECT c.staff_id, c.course_id, c.category, to_char(c.issued_on, 'YYYY-MM-DD') AS issued_on, co.hours
       FROM certification c JOIN course co ON co.id = c.course_id
      WHERE c.staff_id = ANY ($1::uuid[]) AND c.issued_on <= $2::date AND c.revoked_at IS NULL`,
    [ids, asOf],
  );
  const completions = groupBy(rows, (r): RecordedCompletion => ({ courseId: r.course_id, category: r.category, completedOn: r.completed_on, hours: Number(r.hours) }));
  const certifications = groupBy(certs, (r): CourseCertification => ({ courseId: r.course_id, category: r.category, completedOn: r.issued_on, hours: Number(r.hours) }));
  const byStaff = new Map<string, CompletionFact[]>(ids.map((id) => [id, creditedCompletions(completions.get(id) ?? [], certifications.get(id) ?? [])]));
  return people.map((p) => {
    // A level granted after the as-of day did not exist yet then.
    const proficiency = p.level && p.since && p.since <= asOf ? p.level : null;
    const requirements = [
      ...evaluateCompliance({ role: p.role, unit: p.unit, proficiency }, byStaff.get(p.staff_id) ?? [], asOf),
      // Clinicians: a current license and its renewal period's CEU and ethics hours.
      ...(p.role === 'clinician' ? licenseRequirements(licenses.get(p.staff_id) ?? [], ceus.get(p.staff_id) ?? [], asOf) : []),
    ];
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
