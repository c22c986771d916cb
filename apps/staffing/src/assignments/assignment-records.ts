import type { EntityManager, QueryFailedError } from 'typeorm';
import type { AssignmentChanged } from '#contracts';
import { Problem } from '#platform';
import { StaffMember } from '../staff/staff-member.entity.js';
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

export async function activeStaffMember(em: EntityManager, id: string): Promise<StaffMember> {
  const member = await em.findOneBy(StaffMember, { id });
  if (!member) throw Problem.notFound('STAFF.NOT_FOUND', `No staff member ${id}`);
  if (!member.active) throw Problem.conflict('STAFF.INACTIVE', `Staff member ${id} is not active`);
  return member;
}

/** The database's exclusion constraint is the judge of overlaps (it also sees concurrent inserts). */
export async function savePreventingOverlap(em: EntityManager, assignment: CampusAssignment): Promise<CampusAssignment> {
  try {
    return await em.save(assignment);
  } catch (err) {
    if ((err as QueryFailedError & { driverError?: { code?: string } }).driverError?.code === '23P01') {
      throw Problem.conflict('ASSIGNMENT.OVERLAP', `Staff member ${assignment.staffId} already has a primary assignment in that period`);
    }
    throw err;
  }
}
