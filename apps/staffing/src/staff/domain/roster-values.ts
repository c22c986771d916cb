import { STAFF_ROLE_VALUES, UNIT_VALUES, type StaffDeactivated } from '#contracts';

/** The roster's vocabularies, the same as staffing's events publish. */
export const STAFF_ROLES = STAFF_ROLE_VALUES;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const UNITS = UNIT_VALUES;
export type Unit = (typeof UNITS)[number];

/** Why someone leaves active duty (staffing.staff.deactivated's reason). */
export type DeactivationReason = StaffDeactivated['reason'];
export const DEACTIVATION_REASONS = ['separated', 'leave', 'recorded-in-error', 'other'] as const satisfies readonly DeactivationReason[];
