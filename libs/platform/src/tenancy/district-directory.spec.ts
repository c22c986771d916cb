import { currentDistrictId, districtTimeZone } from './district-context.js';
import { DistrictDirectory, isTimeZone } from './district-directory.js';

const deployment = { districtId: 'dev', issuer: 'urn:env', audience: 'aud', timeZone: 'America/Chicago', deployment: true };
const elPaso = {
  districtId: 'elpaso', name: 'El Paso ISD', issuer: 'https://idp.episd.example/', jwksUrl: 'https://idp.episd.example/jwks',
  audience: 'aud', timeZone: 'America/Denver', pseudonymKeyId: 'episd-1', campusIds: ['c1'],
};

describe('DistrictDirectory', () => {
  it('always holds the default district with the env identity provider; an empty registry changes nothing', async () => {
    const directory = new DistrictDirectory(deployment, async () => []);
    await directory.reload();
    expect(directory.all()).toEqual([deployment]);
    await expect(directory.forIssuer('urn:env')).resolves.toBe(deployment);
    await expect(directory.forIssuer('https://idp.episd.example/')).resolves.toBeUndefined();
  });

  it('maps each issuer to one district, and a registry entry can never replace the default district', () => {
    const directory = new DistrictDirectory(deployment);
    directory.apply(elPaso);
    directory.apply({ ...elPaso, districtId: 'dev', issuer: 'https://evil.example/' });
    expect(directory.get('dev')).toBe(deployment);
    expect(directory.all().map((d) => d.districtId)).toEqual(['dev', 'elpaso']);
  });

  it('lets the env IdP without JWT_ISSUER (dev) take any issuer no district has, as before the registry', async () => {
    const directory = new DistrictDirectory({ ...deployment, issuer: undefined });
    directory.apply(elPaso);
    await expect(directory.forIssuer('anything')).resolves.toMatchObject({ districtId: 'dev' });
    await expect(directory.forIssuer(elPaso.issuer)).resolves.toMatchObject({ districtId: 'elpaso' });
  });

  it("runs code in a district with that district's time zone; unknown districts have none", () => {
    const directory = new DistrictDirectory(deployment);
    directory.apply(elPaso);
    expect(directory.run('elpaso', () => [currentDistrictId(), districtTimeZone()])).toEqual(['elpaso', 'America/Denver']);
    expect(directory.run('dev', () => districtTimeZone())).toBe('America/Chicago');
    expect(() => directory.run('nowhere', () => districtTimeZone('America/Chicago'))).toThrow(/no time zone known for district nowhere/);
    // Outside any district only a caller-named fallback answers (no district's rows are visible there anyway).
    expect(districtTimeZone('America/Chicago')).toBe('America/Chicago');
    expect(() => districtTimeZone()).toThrow(/district \(none\)/);
  });

  it('knows IANA zones only', () => {
    expect(isTimeZone('America/Denver')).toBe(true);
    expect(['Mars/Olympus', '', 'CST6CDT; DROP TABLE', 42].map(isTimeZone)).toEqual([false, false, false, false]);
  });
});
