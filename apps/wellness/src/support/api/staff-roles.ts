import type { Role } from '#contracts';

/** Roles a staff member (or a peer supporter, or an EAP clinician) signs in with; the token subject is their roster id. */
export const STAFF_ROLES: Role[] = ['officer', 'clinician', 'police-chief', 'bh-director', 'admin', 'psychologist'];
