import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import type { Role } from '#contracts';

export const TEST_ISSUER = 'urn:joint-response:test-idp';
export const TEST_AUDIENCE = 'urn:joint-response:api';

/** An in-memory identity provider for tests: a real ES256 key pair, real signed tokens. */
export class TestIdentityProvider {
  private constructor(
    private readonly privateKey: CryptoKey,
    readonly publicKeyPem: string,
    private readonly publicJwk: JWK,
    /** The `iss` its tokens carry (a district's IdP has its own). */
    readonly issuer: string,
    readonly audience: string,
  ) {}

  static async create(opts: { issuer?: string; audience?: string } = {}): Promise<TestIdentityProvider> {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-1', alg: 'ES256', use: 'sig' };
    return new TestIdentityProvider(privateKey, await exportSPKI(publicKey), jwk, opts.issuer ?? TEST_ISSUER, opts.audience ?? TEST_AUDIENCE);
  }

  /**
   * Publishes its key as a JWKS over HTTP on a loopback port, as a district's identity provider does
   * (the district registry names its JWKS URL).
   */
  async serveJwks(): Promise<{ url: string; close(): Promise<void> }> {
    const body = JSON.stringify({ keys: [this.publicJwk] });
    const server = createServer((_req, res) => res.setHeader('content-type', 'application/json').end(body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }

  /** `expiresIn: null` leaves out exp; `issuedAt` (seconds since the epoch) overrides iat: hostile tokens for tests. */
  token(roles: Role[], sub = `${roles[0] ?? 'user'}-1`, opts: { expiresIn?: string | null; issuer?: string; issuedAt?: number; claims?: Record<string, unknown> } = {}): Promise<string> {
    const jwt = new SignJWT({ ...opts.claims, roles })
      .setProtectedHeader({ alg: 'ES256', kid: 'test-1' })
      .setSubject(sub)
      .setIssuer(opts.issuer ?? this.issuer)
      .setAudience(this.audience)
      .setIssuedAt(opts.issuedAt);
    if (opts.expiresIn !== null) jwt.setExpirationTime(opts.expiresIn ?? '10m');
    return jwt.sign(this.privateKey);
  }

  async bearer(roles: Role[], sub?: string): Promise<string> {
    return `Bearer ${await this.token(roles, sub)}`;
  }
}
