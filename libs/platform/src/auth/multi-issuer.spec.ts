import { TestIdentityProvider } from '../../../testing/src/test-auth.js';
import type { District } from '#contracts';
import { DistrictDirectory } from '../tenancy/district-directory.js';
import { InvalidTokenError, TokenVerifier } from './token-verifier.js';

const AUD = 'urn:joint-response:api';

/** Two district identity providers serving real JWKS over HTTP, and the deployment's own (env key). */
describe('TokenVerifier with several issuers (issue 19)', () => {
  let env: TestIdentityProvider;
  let austin: TestIdentityProvider;
  let elPaso: TestIdentityProvider;
  let servers: { url: string; close(): Promise<void> }[];
  let directory: DistrictDirectory;
  let verifier: TokenVerifier;
  const entry = (districtId: string, idp: TestIdentityProvider, jwksUrl: string, timeZone: string): District => ({
    districtId, name: districtId, issuer: idp.issuer, jwksUrl, audience: AUD, timeZone, pseudonymKeyId: `${districtId}-1`, campusIds: [],
  });

  beforeAll(async () => {
    env = await TestIdentityProvider.create({ issuer: 'urn:env-idp' });
    austin = await TestIdentityProvider.create({ issuer: 'https://idp.austin.example/' });
    elPaso = await TestIdentityProvider.create({ issuer: 'https://idp.episd.example/' });
    servers = [await austin.serveJwks(), await elPaso.serveJwks()];
  });
  afterAll(async () => Promise.all(servers.map((s) => s.close())));

  beforeEach(() => {
    directory = new DistrictDirectory({ districtId: 'dev', issuer: env.issuer, audience: AUD, timeZone: 'America/Chicago', deployment: true });
    directory.apply(entry('austin', austin, servers[0].url, 'America/Chicago'));
    directory.apply(entry('elpaso', elPaso, servers[1].url, 'America/Denver'));
    verifier = new TokenVerifier({ publicKeyPem: env.publicKeyPem, issuer: env.issuer, audience: AUD, districtId: 'dev' }, directory);
  });

  it("acts in the issuer's district: each IdP's token gets its own district, the env IdP's the default", async () => {
    await expect(verifier.verify(await austin.token(['officer'], 'a-1'))).resolves.toEqual({ sub: 'a-1', roles: ['officer'], districtId: 'austin' });
    await expect(verifier.verify(await elPaso.token(['clinician'], 'e-1'))).resolves.toEqual({ sub: 'e-1', roles: ['clinician'], districtId: 'elpaso' });
    await expect(verifier.verify(await env.token(['admin'], 'd-1'))).resolves.toEqual({ sub: 'd-1', roles: ['admin'], districtId: 'dev' });
  });

  it("refuses a token claiming another district's issuer but signed by this IdP (A's IdP cannot act in B)", async () => {
    const forged = await austin.token(['officer'], 'a-1', { issuer: elPaso.issuer });
    await expect(verifier.verify(forged)).rejects.toBeInstanceOf(InvalidTokenError);
    const asDefault = await austin.token(['officer'], 'a-1', { issuer: env.issuer });
    await expect(verifier.verify(asDefault)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses an issuer no district has, and one whose district left the directory', async () => {
    const stranger = await TestIdentityProvider.create({ issuer: 'https://idp.unknown.example/' });
    await expect(verifier.verify(await stranger.token(['officer']))).rejects.toThrow(/no district has this issuer/);
    const fresh = new DistrictDirectory(directory.deployment);
    const alone = new TokenVerifier({ publicKeyPem: env.publicKeyPem, issuer: env.issuer, audience: AUD, districtId: 'dev' }, fresh);
    await expect(alone.verify(await austin.token(['officer']))).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('in production fetches a district\'s keys over https only: a plain-http JWKS is refused, the env key unaffected', async () => {
    const strict = new TokenVerifier({ publicKeyPem: env.publicKeyPem, issuer: env.issuer, audience: AUD, districtId: 'dev', httpsJwksOnly: true }, directory);
    expect(servers[0].url).toMatch(/^http:/);
    await expect(strict.verify(await austin.token(['officer'], 'a-1'))).rejects.toThrow(/not served over https/);
    await expect(strict.verify(await env.token(['admin'], 'd-1'))).resolves.toMatchObject({ districtId: 'dev' });
  });

  it("keeps platform-admin for the deployment's own IdP only: a district IdP cannot reach the registry", async () => {
    await expect(verifier.verify(await austin.token(['platform-admin', 'officer'], 'a-1'))).resolves.toEqual({ sub: 'a-1', roles: ['officer'], districtId: 'austin' });
    await expect(verifier.verify(await env.token(['platform-admin'], 'ops'))).resolves.toEqual({ sub: 'ops', roles: ['platform-admin'], districtId: 'dev' });
  });

  it("keeps regional-admin, with its region, for the deployment's own IdP only, and only with a region claim", async () => {
    const claims = { region: 'esc-19' };
    await expect(verifier.verify(await env.token(['regional-admin'], 'esc', { claims }))).resolves.toEqual({ sub: 'esc', roles: ['regional-admin'], districtId: 'dev', region: 'esc-19' });
    await expect(verifier.verify(await austin.token(['regional-admin', 'officer'], 'a-1', { claims }))).resolves.toEqual({ sub: 'a-1', roles: ['officer'], districtId: 'austin' });
    await expect(verifier.verify(await env.token(['regional-admin'], 'esc'))).resolves.toEqual({ sub: 'esc', roles: [], districtId: 'dev' });
    await expect(verifier.verify(await env.token(['regional-admin'], 'esc', { claims: { region: 'no such/region' } }))).resolves.toEqual({ sub: 'esc', roles: [], districtId: 'dev' });
    // A region claim without the role is nothing.
    await expect(verifier.verify(await env.token(['admin'], 'd-1', { claims }))).resolves.toEqual({ sub: 'd-1', roles: ['admin'], districtId: 'dev' });
  });

  it("lists a region's districts from the registry's regionId (the deployment's own district is in none)", () => {
    directory.apply({ ...entry('elpaso', elPaso, servers[1].url, 'America/Denver'), regionId: 'esc-19' });
    expect(directory.inRegion('esc-19').map((d) => d.districtId)).toEqual(['elpaso']);
    expect(directory.inRegion('esc-13')).toEqual([]);
  });

  it("checks the district's audience", async () => {
    directory.apply({ ...entry('austin', austin, servers[0].url, 'America/Chicago'), audience: 'urn:other' });
    await expect(verifier.verify(await austin.token(['officer']))).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('learns an issuer another replica registered on a miss (throttled reload of the projection)', async () => {
    let rows: District[] = [];
    let loads = 0;
    let now = 0;
    const replica = new DistrictDirectory(directory.deployment, async () => (loads++, rows), () => now);
    const v = new TokenVerifier({ publicKeyPem: env.publicKeyPem, issuer: env.issuer, audience: AUD, districtId: 'dev' }, replica);
    await replica.reload();
    rows = [entry('elpaso', elPaso, servers[1].url, 'America/Denver')];
    // Within the throttle window a miss does not hit the database.
    await expect(v.verify(await elPaso.token(['officer']))).rejects.toBeInstanceOf(InvalidTokenError);
    expect(loads).toBe(1);
    now += 5_000;
    await expect(v.verify(await elPaso.token(['officer'], 'e-2'))).resolves.toMatchObject({ districtId: 'elpaso' });
    expect(loads).toBe(2);
    expect(replica.timeZoneOf('elpaso')).toBe('America/Denver');
  });
});
