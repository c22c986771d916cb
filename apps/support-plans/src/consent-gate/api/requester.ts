import { isRole } from '#contracts';
import { UNIT_OF_ROLE, type Requester, type StaffRole, type Unit } from '#consent';
import { Problem, type Principal } from '#platform';

/**
 * How a JWT principal becomes a libs/consent Requester.
 *
 * A principal with roles in several units (an officer who is also an admin, a bh-director who
 * also administers the system) acts in ONE capacity per request, because the unit decides where the
 * data ends up. Without a choice it acts in the least privileged one for clinical data
 * (analytics, then police, then administration, then clinical): a second hat must never widen
 * what reaches a police or administrative file silently (fail closed). It may name another of its
 * own roles in the `x-acting-role` header; that role is what the decision and the record of
 * disclosures (R7) then show. `system` is never a recipient: a district system reading for itself
 * gets nothing through the gate.
 */
export const ACTING_ROLE_HEADER = 'x-acting-role';

const UNIT_ORDER: readonly Unit[] = ['analytics', 'police', 'administration', 'clinical'];
/** Within one unit the senior role: nothing crosses a boundary, and bh-director is a clinical supervisor. */
const ROLE_ORDER: readonly StaffRole[] = ['analyst', 'police-chief', 'officer', 'admin', 'bh-director', 'clinician'];

export function requesterOf(principal: Principal, actingRole?: string): Requester | undefined {
  const staff = principal.roles.filter((r): r is StaffRole => r !== 'system' && Object.hasOwn(UNIT_OF_ROLE, r));
  let role: StaffRole | undefined;
  if (actingRole !== undefined && actingRole !== '') {
    if (!isRole(actingRole) || !staff.includes(actingRole as StaffRole)) {
      throw new Problem(403, 'AUTH.FORBIDDEN', `${ACTING_ROLE_HEADER} must name one of your own roles`);
    }
    role = actingRole as StaffRole;
  } else {
    const unit = UNIT_ORDER.find((u) => staff.some((r) => UNIT_OF_ROLE[r] === u));
    role = unit && ROLE_ORDER.find((r) => UNIT_OF_ROLE[r] === unit && staff.includes(r));
  }
  if (!role) return undefined;
  return { id: principal.sub, role, ...(role === 'bh-director' ? { clinicalSupervisor: true } : {}) };
}

/** The unit a principal's requests are judged in (see requesterOf), or undefined for systems. */
export function unitOf(principal: Principal, actingRole?: string): Unit | undefined {
  const r = requesterOf(principal, actingRole);
  return r && UNIT_OF_ROLE[r.role];
}
