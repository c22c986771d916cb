import type { Role, SharedResource } from '#contracts';
import { Problem } from '../errors/problem.js';
import type { CrossDistrictAccess } from '../tenancy/cross-district.js';
import type { DistrictDirectory } from '../tenancy/district-directory.js';
import { PLATFORM_DISTRICT_ID } from '../tenancy/platform-district.js';
import type { SharingAgreements } from '../tenancy/sharing-agreements.js';
import { isDistrictId } from '../validation/district-id.js';
import type { Principal } from './principal.js';

/**
 * The request header with which a partner district's clinician or officer names the district they
 * act in (issue 19): the student's district, whose records they create and whose consents apply.
 */
export const ACTING_DISTRICT_HEADER = 'x-acting-district';

/** The roles a district lends, each under the share an agreement must name. Nothing else crosses districts. */
const SHARED_ROLES: readonly (readonly [Role, SharedResource])[] = [
  ['clinician', 'on-call-clinicians'],
  ['officer', 'co-responders'],
];

/** The roles an agreement can lend (the operations that accept ACTING_DISTRICT_HEADER). */
export const LENDABLE_ROLES: readonly Role[] = SHARED_ROLES.map(([role]) => role);

/** A caller allowed to act in a partner district, and the first agreement in force it acts under. */
export interface PartnerActing {
  principal: Principal;
  agreementId: string;
}

/**
 * The principal of a request acting in `acting` rather than in its token's district: only the roles
 * an agreement in force between the two districts shares (a partner's admin role never crosses),
 * `districtId` the district acted in, `homeDistrictId` the token's. Throws the problem otherwise.
 * The caller has checked that the route is not a platform or regional one.
 */
export function partnerActing(principal: Principal, acting: unknown, deps: { districts: DistrictDirectory; agreements: SharingAgreements }, at: Date): PartnerActing {
  if (typeof acting !== 'string' || !isDistrictId(acting) || acting === PLATFORM_DISTRICT_ID || !deps.districts.get(acting)) {
    throw new Problem(400, 'DISTRICT.UNKNOWN', `${ACTING_DISTRICT_HEADER} names no district of this deployment`);
  }
  const held = SHARED_ROLES.filter(([role]) => principal.roles.includes(role));
  if (held.length === 0) throw new Problem(403, 'AUTH.FORBIDDEN', 'Only a clinician or an officer acts in a partner district');
  const covered = held
    .map(([role, share]) => ({ role, agreement: deps.agreements.inForce({ receiverDistrictId: acting, providerDistrictId: principal.districtId, share, at })[0] }))
    .filter((c) => c.agreement !== undefined);
  if (covered.length === 0) {
    throw new Problem(403, 'DISTRICT.NO_SHARING_AGREEMENT', `No sharing agreement in force lends your ${held.map(([r]) => r).join(' or ')} role to ${acting}`);
  }
  return {
    principal: { ...principal, roles: covered.map((c) => c.role), districtId: acting, homeDistrictId: principal.districtId },
    agreementId: covered[0].agreement!.agreementId,
  };
}

/**
 * The audit entry of one request by a partner's staff: the route pattern, never the concrete URL
 * (it would carry student ids into a log both districts read).
 */
export function actingAccess(p: PartnerActing, method: string, routePath: string): CrossDistrictAccess {
  const home = p.principal.homeDistrictId!;
  return {
    kind: 'act',
    agreementId: p.agreementId,
    actingDistrictId: p.principal.districtId,
    partnerDistrictId: home,
    actor: `sub:${home}/${p.principal.sub}`,
    subject: `route:${method} ${routePath}`,
  };
}
