import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { InvalidTokenError, TokenVerifier } from './token-verifier.js';

async function sign(key: CryptoKey, alg: string, claims: Record<string, unknown>, opts: { sub?: string; iss?: string; aud?: string; exp?: string; kid?: string } = {}) {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg, kid: opts.kid }).setIssuedAt().setExpirationTime(opts.exp ?? '5m');
  if (opts.sub !== '') jwt.setSubject(opts.sub ?? 'u1');
  return jwt.setIssuer(opts.iss ?? 'iss').setAudience(opts.aud ?? 'aud').sign(key);
}

describe('TokenVerifier', () => {
  it('accepts an ES256 token signed by the configured key and keeps only known roles', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const verifier = new TokenVerifier({ publicKeyPem: await exportSPKI(publicKey), issuer: 'iss', audience: 'aud', districtId: 'd1' });
    // The district is the issuer's, never a claim the token makes for itself.
    const principal = await verifier.verify(await sign(privateKey, 'ES256', { roles: ['clinician', 'superuser'], district_id: 'd2', districtId: 'd2' }));
    expect(principal).toEqual({ sub: 'u1', roles: ['clinician'], districtId: 'd1' });
  });

  it('verifies RS256 tokens against a JWKS endpoint (how a district IdP plugs in)', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const server: Server = createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
      const verifier = new TokenVerifier({ jwksUrl: url, issuer: 'iss', audience: 'aud', districtId: 'd1' });
      await expect(verifier.verify(await sign(privateKey, 'RS256', { roles: ['officer'] }, { kid: 'k1' }))).resolves.toEqual({ sub: 'u1', roles: ['officer'], districtId: 'd1' });
    } finally {
      server.close();
    }
  });

  it.each([
    ['another key', async (_k: CryptoKey, other: CryptoKey) => sign(other, 'ES256', { roles: ['officer'] })],
    ['another issuer', async (k: CryptoKey) => sign(k, 'ES256', {}, { iss: 'evil' })],
    ['another audience', async (k: CryptoKey) => sign(k, 'ES256', {}, { aud: 'payroll' })],
    ['an expired token', async (k: CryptoKey) => sign(k, 'ES256', {}, { exp: '-2m' })],
    ['no subject', async (k: CryptoKey) => sign(k, 'ES256', {}, { sub: '' })],
  ])('rejects %s', async (_label, make) => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const other = (await generateKeyPair('ES256')).privateKey;
    const verifier = new TokenVerifier({ publicKeyPem: await exportSPKI(publicKey), issuer: 'iss', audience: 'aud', districtId: 'd1' });
    await expect(verifier.verify(await make(privateKey, other))).rejects.toBeInstanceOf(InvalidTokenError);
  });

  describe('lifetime (issue 15)', () => {
    const now = () => Math.floor(Date.now() / 1000);
    async function verifierAndKey(maxTtlSeconds?: number) {
      const { privateKey, publicKey } = await generateKeyPair('ES256');
      return { privateKey, verifier: new TokenVerifier({ publicKeyPem: await exportSPKI(publicKey), issuer: 'iss', audience: 'aud', maxTtlSeconds, districtId: 'd1' }) };
    }
    const raw = (key: CryptoKey, claims: { iat?: number; exp?: number }) => {
      const jwt = new SignJWT({ roles: ['officer'] }).setProtectedHeader({ alg: 'ES256' }).setSubject('u1').setIssuer('iss').setAudience('aud');
      if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
      if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
      return jwt.sign(key);
    };

    it.each([
      ['no exp', { iat: 0 }],
      ['an exp in the year 2200', { iat: 0, exp: 7_258_118_400 }],
      ['a lifetime of 13 h', { iat: 0, exp: 13 * 3600 }],
      ['an iat a year in the future', { iat: 365 * 86_400, exp: 365 * 86_400 + 600 }],
      ['an iat 2 minutes in the future (beyond the 30 s tolerance)', { iat: 120, exp: 720 }],
      ['no iat but an exp beyond the maximum from now', { exp: 13 * 3600 }],
    ] as [string, { iat?: number; exp?: number }][])('rejects a token with %s', async (_label, offsets) => {
      const { privateKey, verifier } = await verifierAndKey();
      const t = now();
      const claims = { iat: offsets.iat === undefined ? undefined : t + offsets.iat, exp: offsets.exp === undefined ? undefined : t + offsets.exp };
      await expect(verifier.verify(await raw(privateKey, claims))).rejects.toBeInstanceOf(InvalidTokenError);
    });

    it('accepts 12 h exactly, an iat within the clock tolerance, and a configured shorter maximum is enforced', async () => {
      const { privateKey, verifier } = await verifierAndKey();
      const t = now();
      await expect(verifier.verify(await raw(privateKey, { iat: t, exp: t + 12 * 3600 }))).resolves.toMatchObject({ sub: 'u1' });
      await expect(verifier.verify(await raw(privateKey, { iat: t + 20, exp: t + 600 }))).resolves.toMatchObject({ sub: 'u1' });
      const short = await verifierAndKey(600);
      await expect(short.verifier.verify(await raw(short.privateKey, { iat: t, exp: t + 601 }))).rejects.toBeInstanceOf(InvalidTokenError);
      await expect(short.verifier.verify(await raw(short.privateKey, { iat: t, exp: t + 600 }))).resolves.toMatchObject({ sub: 'u1' });
    });
  });

  it('rejects symmetric (HS256) tokens even when the attacker knows the public key', async () => {
    const { publicKey } = await generateKeyPair('RS256');
    const pem = await exportSPKI(publicKey);
    const hmacKey = new TextEncoder().encode(pem);
    const forged = await new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').sign(hmacKey);
    await expect(new TokenVerifier({ publicKeyPem: pem, districtId: 'd1' }).verify(forged)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
