import type { Role } from '#contracts';

/** The authenticated caller, from a verified bearer token. */
export interface Principal {
  /** Subject: the staff or system id at the district's identity provider. */
  readonly sub: string;
  readonly roles: readonly Role[];
  /** The `license_number` claim (psychologists, licensed clinicians), when the identity provider sets one. */
  readonly licenseNumber?: string;
  /** The district whose identity provider issued the token: the only district it may act in. */
  readonly districtId: string;
  /** The `region` claim of a `regional-admin` (deployment IdP only): the registry region whose counts it sees. */
  readonly region?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}
