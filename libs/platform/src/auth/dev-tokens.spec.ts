import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_AUDIENCE, DEV_ISSUER, ensureDevKeys, mintDevToken } from './dev-tokens.js';
import { TokenVerifier } from './token-verifier.js';

describe('dev tokens (npm run token)', () => {
  const root = mkdtempSync(join(tmpdir(), 'dev-tokens-'));
  const original = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = original;
  });

  it('signs tokens that a service configured like the dev runner accepts', async () => {
    const token = await mintDevToken(root, { sub: 'u1', roles: ['clinician'] });
    const keys = await ensureDevKeys(root);
    expect(statSync(keys.privateKey).mode & 0o077).toBe(0); // private key readable by its owner only
    const verifier = new TokenVerifier({ publicKeyPem: readFileSync(keys.publicKey, 'utf8'), issuer: DEV_ISSUER, audience: DEV_AUDIENCE, districtId: 'd1' });
    await expect(verifier.verify(token)).resolves.toEqual({ sub: 'u1', roles: ['clinician'], districtId: 'd1' });
  });

  it('reuses the key pair, so tokens survive restarts of the system', async () => {
    const first = readFileSync((await ensureDevKeys(root)).publicKey, 'utf8');
    expect(readFileSync((await ensureDevKeys(root)).publicKey, 'utf8')).toBe(first);
  });

  it('is refused when NODE_ENV=production', async () => {
    process.env.NODE_ENV = 'production';
    await expect(mintDevToken(root, { sub: 'u1', roles: ['admin'] })).rejects.toThrow(/disabled when NODE_ENV=production/);
  });
});
