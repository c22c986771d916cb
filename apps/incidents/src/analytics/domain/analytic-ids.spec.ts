import { loadServiceConfig } from '#platform';
import { AnalyticIds } from './analytic-ids.js';
import { Pseudonymizer } from './pseudonymizer.js';

describe('AnalyticIds (R12, issue 14)', () => {
  const ids = new AnalyticIds('a'.repeat(32), 'ids-1');
  const incidentId = '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de';

  it('R12: is stable per source id and kind, and reveals nothing of the source id', () => {
    expect(ids.of('incident', incidentId)).toBe(ids.of('incident', incidentId));
    expect(ids.of('incident', incidentId)).not.toBe(ids.of('disposition', incidentId));
    expect(ids.of('incident', incidentId)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(ids.of('incident', incidentId)).not.toContain(incidentId.slice(0, 8));
  });

  it('R12: differs from the student pseudonym of the same value (own key, own namespace)', () => {
    expect(ids.of('incident', 'S1000001')).not.toBe(new Pseudonymizer('a'.repeat(32), 'p').pseudonym('S1000001'));
  });

  it('R12: refuses production without its own key, and a key equal to the pseudonym key', () => {
    const env = { DATABASE_URL: 'postgres://x@h/db', JWT_JWKS_URL: 'https://idp/jwks', JWT_ISSUER: 'i', JWT_AUDIENCE: 'a', NODE_ENV: 'production', DATABASE_APP_URL: 'postgres://app@h/db', DATABASE_RELAY_URL: 'postgres://relay@h/db' };
    const key = 'z'.repeat(40);
    expect(() => AnalyticIds.fromConfig(loadServiceConfig('incidents', { ...env, ANALYTICS_PSEUDONYM_KEY: key }))).toThrow(/ANALYTICS_ID_KEY is required/);
    expect(() => AnalyticIds.fromConfig(loadServiceConfig('incidents', { ...env, ANALYTICS_PSEUDONYM_KEY: key, ANALYTICS_ID_KEY: key }))).toThrow(/must differ/);
    const ok = AnalyticIds.fromConfig(loadServiceConfig('incidents', { ...env, ANALYTICS_PSEUDONYM_KEY: key, ANALYTICS_ID_KEY: 'y'.repeat(40), ANALYTICS_ID_KEY_ID: 'ids-7' }));
    expect(ok.keyId).toBe('ids-7');
  });
});
