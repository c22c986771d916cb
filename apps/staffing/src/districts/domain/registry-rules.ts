/**
 * What the registry refuses beyond field formats. The deployment's own district (DEFAULT_DISTRICT_ID,
 * identity provider from the env JWT_* settings) is configuration, not a registry entry: it can be
 * neither registered nor changed here, and its issuer belongs to it alone.
 */
export interface Deployment {
  districtId: string;
  issuer?: string;
}

export type RegistryConflict = 'ALREADY_EXISTS' | 'ISSUER_TAKEN' | 'CONFIGURED';

export function registrationConflict(deployment: Deployment, districtId: string, issuer: string): RegistryConflict | undefined {
  if (districtId === deployment.districtId) return 'ALREADY_EXISTS';
  if (issuer === deployment.issuer) return 'ISSUER_TAKEN';
  return undefined;
}

export function updateConflict(deployment: Deployment, districtId: string, issuer: string): RegistryConflict | undefined {
  if (districtId === deployment.districtId) return 'CONFIGURED';
  if (issuer === deployment.issuer) return 'ISSUER_TAKEN';
  return undefined;
}

/**
 * In production a district's keys must come over https: every service fetches them to verify that
 * district's tokens, and a key set swapped on the way would let anyone act in the district.
 */
export function jwksRefused(production: boolean, jwksUrl: string): boolean {
  return production && !jwksUrl.startsWith('https://');
}
