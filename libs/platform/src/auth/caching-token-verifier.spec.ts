import { jest } from '@jest/globals';
import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { CachingTokenVerifier, VERIFIED_TOKEN_TTL_MS } from './caching-token-verifier.js';
import { InvalidTokenError, TokenVerifier } from './token-verifier.js';

const sign = (key: CryptoKey, exp = '10m') =>
  new SignJWT({ roles: ['officer'] }).setProtectedHeader({ alg: 'ES256' }).setSubject('u1').setIssuer('iss').setAudience('aud').setIssuedAt().setExpirationTime(exp).sign(key);

describe('CachingTokenVerifier (issue 16)', () => {
  let privateKey: CryptoKey;
  let pem: string;
  let clock: number;
  let verifier: CachingTokenVerifier;
  let signatureChecks: ReturnType<typeof jest.spyOn>;

  beforeEach(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    pem = await exportSPKI(pair.publicKey);
    clock = Date.now();
    verifier = new CachingTokenVerifier({ publicKeyPem: pem, issuer: 'iss', audience: 'aud', districtId: 'd1' }, () => clock);
    signatureChecks = jest.spyOn(TokenVerifier.prototype, 'verify');
  });

  afterEach(() => signatureChecks.mockRestore());

  it('verifies a token once and answers the same principal while it is remembered', async () => {
    const token = await sign(privateKey);
    const first = await verifier.verify(token);
    expect(await verifier.verify(token)).toEqual(first);
    expect(first).toEqual({ sub: 'u1', roles: ['officer'], districtId: 'd1' });
    expect(signatureChecks).toHaveBeenCalledTimes(1);
  });

  it('checks the signature again after 60 s, and never remembers a token past its expiry', async () => {
    const token = await sign(privateKey);
    await verifier.verify(token);
    clock += VERIFIED_TOKEN_TTL_MS + 1;
    await verifier.verify(token);
    expect(signatureChecks).toHaveBeenCalledTimes(2);

    const shortLived = await sign(privateKey, '20s');
    await verifier.verify(shortLived);
    clock += 21_000; // past exp, still within the 60 s
    await verifier.verify(shortLived).catch(() => undefined);
    expect(signatureChecks).toHaveBeenCalledTimes(4);
  });

  it('rejects a token whose signature was altered after the genuine one was remembered, every time', async () => {
    const token = await sign(privateKey);
    await verifier.verify(token);
    const [h, p, s] = token.split('.');
    const forged = `${h}.${p}.${s.slice(0, -4)}${s.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    await expect(verifier.verify(forged)).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verifier.verify(forged)).rejects.toBeInstanceOf(InvalidTokenError);
    const otherKey = (await generateKeyPair('ES256')).privateKey;
    await expect(verifier.verify(await sign(otherKey))).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
