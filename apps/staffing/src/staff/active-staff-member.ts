import type { EntityManager } from 'typeorm';
import { Problem } from '#platform';
import { StaffMember } from './staff-member.entity.js';

/** The staff member, who must be on active duty to be assigned or put on call. */
export async function activeStaffMember(em: EntityManager, id: string): Promise<StaffMember> {
  const member = await em.findOneBy(StaffMember, { id });
  if (!member) throw Problem.notFound('STAFF.NOT_FOUND', `No staff member ${id}`);
  if (!member.active) throw Problem.conflict('STAFF.INACTIVE', `Staff member ${id} is not active`);
  return member;
}
