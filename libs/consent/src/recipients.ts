import type { Role } from '../../contracts/src/roles.js';
import type { Purpose } from './purposes.js';

/**
 * Who receives data. Staff roles are the JWT roles of libs/contracts (minus `system`: a service
 * acting for itself is not a recipient; nor is a `psychologist`, who evaluates officer candidates for
 * the wellness service and never receives student data, W2; nor a `platform-admin`, who registers districts
 * and acts in no district, nor a `regional-admin`, who sees suppressed counts only, issue 19); parents and students reach their own records.
 */
export type StaffRole = Exclude<Role, 'system' | 'psychologist' | 'platform-admin' | 'regional-admin'>;
export type RecipientRole = StaffRole | 'parent' | 'student';

/**
 * The units between which data crosses a boundary. `community`: a community provider outside the
 * district (a referral's recipient); no staff role belongs to it, and a consent names one provider as
 * the person `provider:<id>` (R4, R5).
 */
export type Unit = 'police' | 'clinical' | 'administration' | 'analytics' | 'family' | 'community';

/** Adding a role to contracts fails compilation here until someone decides its unit. */
export const UNIT_OF_ROLE: Readonly<Record<RecipientRole, Unit>> = {
  officer: 'police',
  'police-chief': 'police',
  clinician: 'clinical',
  'bh-director': 'clinical',
  admin: 'administration',
  analyst: 'analytics',
  parent: 'family',
  student: 'family',
};

/** The person asking (from the verified token). */
export interface Requester {
  id: string;
  role: RecipientRole;
  /** A clinician who supervises other clinicians; the bh-director is one by role. Reads PSY-NOTE. */
  clinicalSupervisor?: boolean;
}

/**
 * A recipient as a consent or grant names it: a whole unit ("the police department"), a role,
 * or one person.
 */
export type RecipientRef = { unit: Unit } | { role: RecipientRole } | { personId: string };

/**
 * The receiving side of a decision: a person (API reads) or a whole unit (a topic that unit reads,
 * where only unit-wide bases can apply).
 */
export interface Party {
  id: string;
  unit: Unit;
  role?: RecipientRole;
  clinicalSupervisor?: boolean;
}

export function partyOf(requester: Requester): Party | undefined {
  const unit = Object.hasOwn(UNIT_OF_ROLE, requester.role) ? UNIT_OF_ROLE[requester.role] : undefined;
  if (!unit || !requester.id) return undefined;
  return { id: requester.id, unit, role: requester.role, clinicalSupervisor: requester.clinicalSupervisor };
}

export function names(refs: readonly RecipientRef[], party: Party): boolean {
  return refs.some((r) =>
    'unit' in r ? r.unit === party.unit : 'role' in r ? party.role !== undefined && r.role === party.role : r.personId === party.id,
  );
}

/** Staff may see directory information about any student (the district's directory policy). */
export const STAFF_UNITS: ReadonlySet<Unit> = new Set(['police', 'clinical', 'administration']);

/** What each unit's own work is for; in-unit access (owner, school official) is limited to these. */
export const UNIT_PURPOSES: Readonly<Record<Unit, readonly Purpose[]>> = {
  police: ['investigation', 'co-response', 'threat-assessment', 'safety-emergency', 'referral'],
  clinical: ['treatment', 'referral', 'co-response', 'threat-assessment', 'safety-emergency', 'supervision'],
  administration: ['referral', 'threat-assessment', 'safety-emergency', 'administration'],
  analytics: ['analytics'],
  family: ['parent-inspection', 'self-inspection'],
  community: ['treatment'],
};

/** A community provider as a recipient: only a consent naming it (`provider:<id>`) opens anything to it. */
export function communityProvider(providerId: string): Party {
  return { id: `provider:${providerId}`, unit: 'community' };
}
