import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { isRole, type Role } from '#contracts';
import type { Principal } from './principal.js';

export interface TokenVerifierOptions {
  jwksUrl?: string;
  publicKeyPem?: string;
  publicKeyFile?: string;
  issuer?: string;
  audience?: string;
  /** The district this identity provider's tokens act in (each issuer maps to exactly one). */
  districtId: string;
  /** Longest lifetime a token may have (exp - iat), in seconds; default 12 h. */
  maxTtlSeconds?: number;
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

/** Verifies district-issued JWTs against a JWKS endpoint or a configured public key. */
export class TokenVerifier {
  private readonly key: KeyObject | JWTVerifyGetKey;

  constructor(private readonly options: TokenVerifierOptions) {
    if (options.jwksUrl) {
      this.key = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000 });
    } else {
      const pem = options.publicKeyPem ?? (options.publicKeyFile ? readFileSync(options.publicKeyFile, 'utf8') : undefined);
      if (!pem) throw new Error('TokenVerifier needs a JWKS URL or a public key');
      this.key = createPublicKey(pem);
    }
  }

  async verify(token: string): Promise<Principal> {
    try {
      const verifyOptions = {
        algorithms: ALGORITHMS,
        issuer: this.options.issuer,
        audience: this.options.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp'],
      };
      const { payload } =
        typeof this.key === 'function'
          ? await jwtVerify(token, this.key, verifyOptions)
          : await jwtVerify(token, this.key, verifyOptions);
      if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new InvalidTokenError('token has no subject');
      const lifetime = lifetimeProblem(payload, Math.floor(Date.now() / 1000), this.options.maxTtlSeconds ?? DEFAULT_MAX_TTL_SECONDS);
      if (lifetime) throw new InvalidTokenError(lifetime);
      const claimed = Array.isArray(payload.roles) ? payload.roles : [];
      const roles = claimed.filter(isRole) as Role[];
      const license = payload.license_number;
      const districtId = this.options.districtId;
      return typeof license === 'string' && license.length > 0 ? { sub: payload.sub, roles, licenseNumber: license, districtId } : { sub: payload.sub, roles, districtId };
    } catch (err) {
      if (err instanceof InvalidTokenError) throw err;
      if (err instanceof joseErrors.JOSEError) throw new InvalidTokenError(err.code);
      throw new InvalidTokenError('token could not be verified');
    }
  }
}
