import type { EntityManager } from 'typeorm';
import type { StaffAdded } from '#contracts';
import { insertUnique, Problem } from '#platform';
import { StaffMember } from './staff-member.entity.js';

export async function findStaffMember(em: EntityManager, id: string): Promise<StaffMember> {
  const member = await em.findOneBy(StaffMember, { id });
  if (!member) throw Problem.notFound('STAFF.NOT_FOUND', `No staff member ${id}`);
  return member;
}

/** Reads about someone (certifications, assignments) answer 404 for an id not on the roster. */
export async function assertOnRoster(em: EntityManager, id: string): Promise<void> {
  if (!(await em.existsBy(StaffMember, { id }))) throw Problem.notFound('STAFF.NOT_FOUND', `No staff member ${id}`);
}

/** The staff member, who must be on active duty to be assigned or put on call. */
export async function activeStaffMember(em: EntityManager, id: string): Promise<StaffMember> {
  const member = await findStaffMember(em, id);
  if (!member.active) throw Problem.conflict('STAFF.INACTIVE', `Staff member ${id} is not active`);
  return member;
}

export type NewStaffMember = Pick<StaffMember, 'employeeId' | 'displayName' | 'role' | 'unit' | 'licenseNumber'> & Partial<Pick<StaffMember, 'supervisorId'>>;

/** Puts someone on active duty (HR or a hire); the employee id is unique, checked and inserted atomically. */
export function addToRoster(em: EntityManager, values: NewStaffMember): Promise<StaffMember> {
  return insertUnique(em.getRepository(StaffMember), { ...values, active: true }, () =>
    Problem.conflict('STAFF.DUPLICATE_EMPLOYEE', `Employee ${values.employeeId} is already on the roster`),
  );
}

/** staffing.staff.added without the supervisor, which only the HR path knows. */
export function staffAdded(member: StaffMember): StaffAdded {
  return {
    staffId: member.id,
    employeeId: member.employeeId,
    role: member.role,
    unit: member.unit,
    licensed: member.licenseNumber !== null,
  };
}
