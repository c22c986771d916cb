import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRemoteJWKSet, decodeJwt, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { isRole, type Role } from '#contracts';
import { DistrictDirectory, type DistrictIdentity } from '../tenancy/district-directory.js';
import { isDistrictId } from '../validation/district-id.js';
import type { Principal } from './principal.js';

export interface TokenVerifierOptions {
  jwksUrl?: string;
  publicKeyPem?: string;
  publicKeyFile?: string;
  issuer?: string;
  audience?: string;
  /** The district this (the env) identity provider's tokens act in (each issuer maps to exactly one). */
  districtId: string;
  /** That district's time zone, when no directory is given (default America/Chicago). */
  timeZone?: string;
  /** Longest lifetime a token may have (exp - iat), in seconds; default 12 h. */
  maxTtlSeconds?: number;
  /**
   * Fetch a registered district's keys only over https (production): a key set fetched over plain
   * http could be swapped on the way, and with it every token of that district.
   */
  httpsJwksOnly?: boolean;
}

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

/** Only asymmetric algorithms: a shared HMAC secret would let any service mint tokens. */
const ALGORITHMS = ['RS256', 'ES256'];
/** Seconds of clock difference allowed between the identity provider and us. */
export const CLOCK_TOLERANCE_SECONDS = 30;
const DEFAULT_MAX_TTL_SECONDS = 12 * 3600;

/**
 * Lifetime rules jose leaves to us: a token must expire, may not live longer than the maximum TTL
 * (counted from iat, or from now without one), and may not claim to be issued in the future.
 */
export function lifetimeProblem(payload: { exp?: number; iat?: number }, nowSeconds: number, maxTtlSeconds: number): string | undefined {
  if (typeof payload.exp !== 'number') return 'token has no expiry';
  if (payload.iat !== undefined && payload.iat > nowSeconds + CLOCK_TOLERANCE_SECONDS) return 'token issued in the future';
  const issued = payload.iat ?? nowSeconds;
  if (payload.exp - issued > maxTtlSeconds || payload.exp - nowSeconds > maxTtlSeconds + CLOCK_TOLERANCE_SECONDS) return 'token lifetime exceeds the maximum';
  return undefined;
}

/**
 * Only the deployment's own identity provider may make a platform or regional admin: a district's
 * IdP can reach neither the registry nor another district's counts.
 */
const DEPLOYMENT_ONLY_ROLES: readonly Role[] = ['platform-admin', 'regional-admin'];

/**
 * Verifies district-issued JWTs. The token's `iss`, read before any check and only to choose the
 * key, names the one district whose identity provider may have signed it (the district
 * directory); the signature, issuer and audience are then checked against that district's JWKS
 * (one remote key set per district) or, for the deployment's own district, the env key. An issuer
 * no district has is refused, and the principal acts in its issuer's district only.
 */
export class TokenVerifier {
  private readonly envKey: KeyObject | JWTVerifyGetKey;
  private readonly districts: DistrictDirectory;
  private readonly remote = new Map<string, { url: string; key: JWTVerifyGetKey }>();

  constructor(
    private readonly options: TokenVerifierOptions,
    districts?: DistrictDirectory,
  ) {
    if (options.jwksUrl) {
      this.envKey = remoteKeySet(options.jwksUrl);
    } else {
      const pem = options.publicKeyPem ?? (options.publicKeyFile ? readFileSync(options.publicKeyFile, 'utf8') : undefined);
      if (!pem) throw new Error('TokenVerifier needs a JWKS URL or a public key');
      this.envKey = createPublicKey(pem);
    }
    this.districts =
      districts ??
      new DistrictDirectory({
        districtId: options.districtId,
        issuer: options.issuer,
        audience: options.audience,
        jwksUrl: options.jwksUrl,
        timeZone: options.timeZone ?? 'America/Chicago',
        deployment: true,
      });
  }

  async verify(token: string): Promise<Principal> {
    try {
      const idp = await this.districts.forIssuer(decodeJwt(token).iss);
      if (!idp) throw new InvalidTokenError('no district has this issuer');
      const verifyOptions = {
        algorithms: ALGORITHMS,
        issuer: idp.issuer,
        audience: idp.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp'],
      };
      const key = idp.deployment ? this.envKey : this.keyOf(idp);
      const { payload } = typeof key === 'function' ? await jwtVerify(token, key, verifyOptions) : await jwtVerify(token, key, verifyOptions);
      if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new InvalidTokenError('token has no subject');
      const lifetime = lifetimeProblem(payload, Math.floor(Date.now() / 1000), this.options.maxTtlSeconds ?? DEFAULT_MAX_TTL_SECONDS);
      if (lifetime) throw new InvalidTokenError(lifetime);
      const claimed = Array.isArray(payload.roles) ? payload.roles : [];
      // A region id (the registry's regionId) has the district id's shape.
      const region = isDistrictId(payload.region) ? payload.region : undefined;
      const roles = (claimed.filter(isRole) as Role[])
        .filter((r) => idp.deployment || !DEPLOYMENT_ONLY_ROLES.includes(r))
        // A regional admin without a region would oversee nothing: the role is dropped, never widened.
        .filter((r) => r !== 'regional-admin' || region !== undefined);
      const license = payload.license_number;
      const districtId = idp.districtId;
      return {
        sub: payload.sub,
        roles,
        ...(typeof license === 'string' && license.length > 0 ? { licenseNumber: license } : {}),
        districtId,
        ...(roles.includes('regional-admin') ? { region } : {}),
      };
    } catch (err) {
      if (err instanceof InvalidTokenError) throw err;
      if (err instanceof joseErrors.JOSEError) throw new InvalidTokenError(err.code);
      throw new InvalidTokenError('token could not be verified');
    }
  }

  /** One remote key set per district, replaced when its JWKS URL changes. */
  private keyOf(idp: DistrictIdentity): JWTVerifyGetKey {
    const url = idp.jwksUrl!;
    if (this.options.httpsJwksOnly && !url.startsWith('https://')) throw new InvalidTokenError(`the JWKS of district ${idp.districtId} is not served over https`);
    const cached = this.remote.get(idp.districtId);
    if (cached?.url === url) return cached.key;
    const key = remoteKeySet(url);
    this.remote.set(idp.districtId, { url, key });
    return key;
  }
}

function remoteKeySet(url: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(url), { cooldownDuration: 30_000 });
}
