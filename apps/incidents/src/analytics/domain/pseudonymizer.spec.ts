import { loadServiceConfig } from '#platform';
import { Pseudonymizer } from './pseudonymizer.js';

describe('Pseudonymizer (R12)', () => {
  const p = new Pseudonymizer('k'.repeat(32), '2026-1');

  it('is stable per student and key, and reveals nothing of the id', () => {
    expect(p.pseudonym('S1000001')).toBe(p.pseudonym('S1000001'));
    expect(p.pseudonym('S1000001')).not.toBe(p.pseudonym('S1000002'));
    expect(p.pseudonym('S1000001')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(p.pseudonym('S1000001')).not.toContain('1000001');
  });

  it('changes every pseudonym when the key rotates', () => {
    expect(new Pseudonymizer('r'.repeat(32), '2026-2').pseudonym('S1000001')).not.toBe(p.pseudonym('S1000001'));
  });

  it('refuses to start in production without a key', () => {
    const env = { DATABASE_URL: 'postgres://x@h/db', JWT_JWKS_URL: 'https://idp/jwks', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a' };
    expect(() => Pseudonymizer.fromConfig(loadServiceConfig('incidents', { ...env, NODE_ENV: 'production', DATABASE_APP_URL: 'postgres://app@h/db', DATABASE_RELAY_URL: 'postgres://relay@h/db' }))).toThrow(/ANALYTICS_PSEUDONYM_KEY is required/);
    expect(Pseudonymizer.fromConfig(loadServiceConfig('incidents', { ...env, NODE_ENV: 'production', DATABASE_APP_URL: 'postgres://app@h/db', DATABASE_RELAY_URL: 'postgres://relay@h/db', ANALYTICS_PSEUDONYM_KEY: 'z'.repeat(40), ANALYTICS_PSEUDONYM_KEY_ID: 'k7' })).keyId).toBe('k7');
  });
});
