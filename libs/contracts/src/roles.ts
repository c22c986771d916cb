/** Roles carried in the JWT `roles` claim. Shared by every service and by district identity providers. */
export const ROLES = [
  'officer',
  'clinician',
  'bh-director',
  'police-chief',
  'admin',
  'analyst',
  'system',
  /** A licensed psychologist (usually an outside evaluator); the token carries a `license_number` claim. */
  'psychologist',
  /** Runs the deployment: registers districts (issue 19). Acts in the reserved tenant `platform`, never in a district. */
  'platform-admin',
  /**
   * Oversees a region's districts (issue 19): sees counts across them, small cells suppressed, never a
   * record. Only from the deployment's IdP, with a `region` claim; acts in no district of its own.
   */
  'regional-admin',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
