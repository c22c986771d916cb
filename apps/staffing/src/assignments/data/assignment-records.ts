import type { EntityManager } from 'typeorm';
import type { AssignmentChanged } from '#contracts';
import { Problem, saveExcluding } from '#platform';
import { CampusAssignment } from './campus-assignment.entity.js';

export function assignmentChanged(a: CampusAssignment): AssignmentChanged {
  return {
    assignmentId: a.id,
    staffId: a.staffId,
    campusId: a.campusId,
    primary: a.primary,
    effectiveFrom: a.effectiveFrom,
    effectiveTo: a.effectiveTo,
    cancelled: a.cancelled,
  };
}

export async function lockAssignment(em: EntityManager, id: string): Promise<CampusAssignment> {
  const assignment = await em.findOne(CampusAssignment, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!assignment) throw Problem.notFound('ASSIGNMENT.NOT_FOUND', `No campus assignment ${id}`);
  return assignment;
}

/** The database's exclusion constraint is the judge of overlaps (it also sees concurrent inserts). */
export function savePreventingOverlap(em: EntityManager, assignment: CampusAssignment): Promise<CampusAssignment> {
  return saveExcluding(em, assignment, () =>
    Problem.conflict('ASSIGNMENT.OVERLAP', `Staff member ${assignment.staffId} already has a primary assignment in that period`),
  );
}
