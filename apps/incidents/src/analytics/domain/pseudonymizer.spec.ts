import { loadServiceConfig } from '#platform';
import { parsePseudonymSecrets } from './pseudonym-secrets.js';
import { Pseudonymizer, PseudonymKeyMissingError, type DistrictPseudonymKeys } from './pseudonymizer.js';

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

  describe('one key per district (issue 19)', () => {
    let acting: string | undefined;
    const registry: Record<string, string> = { 'el-paso': 'episd-1', 'round-rock': 'rrisd-1' };
    const districts = (production: boolean, secrets: Record<string, string>): DistrictPseudonymKeys => ({
      currentDistrict: () => acting,
      keyIdOf: (d) => registry[d],
      secrets: new Map(Object.entries(secrets)),
      production,
    });
    const secrets = { 'episd-1': 'e'.repeat(40), 'rrisd-1': 'r'.repeat(40) };
    const multi = new Pseudonymizer('k'.repeat(32), '2026-1', districts(true, secrets));
    const as = <T>(district: string | undefined, fn: () => T): T => {
      acting = district;
      return fn();
    };

    it('R12: the same student id is a different pseudonym in each district, under the key id the registry names', () => {
      const elPaso = as('el-paso', () => [multi.pseudonym('S1000001'), multi.keyId]);
      const roundRock = as('round-rock', () => [multi.pseudonym('S1000001'), multi.keyId]);
      const deployment = as('dev', () => [multi.pseudonym('S1000001'), multi.keyId]);
      expect([elPaso[1], roundRock[1], deployment[1]]).toEqual(['episd-1', 'rrisd-1', '2026-1']);
      expect(new Set([elPaso[0], roundRock[0], deployment[0]]).size).toBe(3);
      // The deployment's own district keeps its env key: its pseudonyms are unchanged by tenancy.
      expect(deployment[0]).toBe(p.pseudonym('S1000001'));
      expect(as(undefined, () => multi.pseudonym('S1000001'))).toBe(p.pseudonym('S1000001'));
    });

    it('R12: production refuses a district whose key id has no secret; dev derives one per key id', () => {
      const missing = new Pseudonymizer('k'.repeat(32), '2026-1', districts(true, { 'episd-1': 'e'.repeat(40) }));
      expect(() => as('round-rock', () => missing.pseudonym('S1000001'))).toThrow(PseudonymKeyMissingError);
      const dev = new Pseudonymizer('k'.repeat(32), '2026-1', districts(false, {}));
      expect(as('round-rock', () => dev.pseudonym('S1000001'))).not.toBe(as('el-paso', () => dev.pseudonym('S1000001')));
    });

    it('reads the secrets as an object of key id to secret, naming what is wrong but never a secret', () => {
      expect([...parsePseudonymSecrets(JSON.stringify(secrets)).keys()]).toEqual(['episd-1', 'rrisd-1']);
      expect(parsePseudonymSecrets(undefined).size).toBe(0);
      expect(() => parsePseudonymSecrets('{nope')).toThrow(/not JSON/);
      expect(() => parsePseudonymSecrets('["x"]')).toThrow(/expected an object/);
      expect(() => parsePseudonymSecrets(JSON.stringify({ 'bad id!': 'x'.repeat(40) }))).toThrow(/key id/);
      const short = 'short-secret-value';
      expect(() => parsePseudonymSecrets(JSON.stringify({ k1: short }))).toThrow(/secret of k1 must be/);
      expect(() => parsePseudonymSecrets(JSON.stringify({ k1: short }))).not.toThrow(new RegExp(short));
    });
  });
});
