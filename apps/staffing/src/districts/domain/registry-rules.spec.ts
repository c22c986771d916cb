import { jwksRefused, registrationConflict, updateConflict } from './registry-rules.js';

describe('registry rules (issue 19)', () => {
  const deployment = { districtId: 'dev', issuer: 'urn:env-idp' };

  it("keeps the deployment's own district and issuer out of the registry", () => {
    expect(registrationConflict(deployment, 'dev', 'https://idp.a.example/')).toBe('ALREADY_EXISTS');
    expect(registrationConflict(deployment, 'north', 'urn:env-idp')).toBe('ISSUER_TAKEN');
    expect(registrationConflict(deployment, 'north', 'https://idp.a.example/')).toBeUndefined();
    expect(updateConflict(deployment, 'dev', 'https://idp.a.example/')).toBe('CONFIGURED');
  });

  it('refuses a plain-http JWKS in production only', () => {
    expect(jwksRefused(true, 'http://idp.a.example/jwks.json')).toBe(true);
    expect(jwksRefused(true, 'https://idp.a.example/jwks.json')).toBe(false);
    expect(jwksRefused(false, 'http://127.0.0.1:4000/jwks.json')).toBe(false);
  });
});
