import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import type { Role } from '#contracts';

export const TEST_ISSUER = 'urn:joint-response:test-idp';
export const TEST_AUDIENCE = 'urn:joint-response:api';

/** An in-memory identity provider for tests: a real ES256 key pair, real signed tokens. */
export class TestIdentityProvider {
  private constructor(
    private readonly privateKey: CryptoKey,
    readonly publicKeyPem: string,
  ) {}

  static async create(): Promise<TestIdentityProvider> {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    return new TestIdentityProvider(privateKey, await exportSPKI(publicKey));
  }

  /** `expiresIn: null` leaves out exp; `issuedAt` (seconds since the epoch) overrides iat: hostile tokens for tests. */
  token(roles: Role[], sub = `${roles[0] ?? 'user'}-1`, opts: { expiresIn?: string | null; issuer?: string; issuedAt?: number; claims?: Record<string, unknown> } = {}): Promise<string> {
    const jwt = new SignJWT({ ...opts.claims, roles })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject(sub)
      .setIssuer(opts.issuer ?? TEST_ISSUER)
      .setAudience(TEST_AUDIENCE)
      .setIssuedAt(opts.issuedAt);
    if (opts.expiresIn !== null) jwt.setExpirationTime(opts.expiresIn ?? '10m');
    return jwt.sign(this.privateKey);
  }

  async bearer(roles: Role[], sub?: string): Promise<string> {
    return `Bearer ${await this.token(roles, sub)}`;
  }
}
