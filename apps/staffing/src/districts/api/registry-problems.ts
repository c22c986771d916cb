import { Problem } from '#platform';
import type { RegistryConflict } from '../domain/registry-rules.js';

/** The registry's 409s, with stable codes. */
export function registryProblem(conflict: RegistryConflict, districtId: string): Problem {
  switch (conflict) {
    case 'ALREADY_EXISTS':
      return new Problem(409, 'DISTRICT.ALREADY_EXISTS', `District ${districtId} is already registered`);
    case 'ISSUER_TAKEN':
      return new Problem(409, 'DISTRICT.ISSUER_TAKEN', 'Another district already has this issuer; each issuer belongs to one district');
    case 'CONFIGURED':
      return new Problem(409, 'DISTRICT.CONFIGURED', `District ${districtId} is the deployment's own, configured by its environment`);
  }
}

export const districtNotFound = (districtId: string) => Problem.notFound('DISTRICT.NOT_FOUND', `No district ${districtId} in the registry`);

export const jwksNotHttps = () =>
  new Problem(422, 'DISTRICT.JWKS_NOT_HTTPS', "In production a district's JWKS URL must be https: every service fetches its token keys from it");
