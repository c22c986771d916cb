import type { Role } from '#contracts';

/** The authenticated caller, from a verified bearer token. */
export interface Principal {
  /** Subject: the staff or system id at the district's identity provider. */
  readonly sub: string;
  readonly roles: readonly Role[];
  /** The `license_number` claim (psychologists, licensed clinicians), when the identity provider sets one. */
  readonly licenseNumber?: string;
  /**
   * The district the caller acts in: the one whose identity provider issued the token, or, for a
   * partner's clinician or officer under a sharing agreement in force, the district named in
   * `x-acting-district` (the student's: its records, its consents). Nowhere else.
   */
  readonly districtId: string;
  /**
   * Set only while acting in a partner district (x-acting-district): the district whose identity
   * provider issued the token, where the caller is staff. `roles` are then the shared roles only.
   */
  readonly homeDistrictId?: string;
  /** The `region` claim of a `regional-admin` (deployment IdP only): the registry region whose counts it sees. */
  readonly region?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}
