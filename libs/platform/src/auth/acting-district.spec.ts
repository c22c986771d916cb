import type { ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import type { District, Role, SharingAgreement } from '#contracts';
import { TestIdentityProvider } from '../../../testing/src/test-auth.js';
import type { ServiceConfig } from '../config/service-config.js';
import { RequestContext } from '../http/request-context.js';
import { currentDistrictId } from '../tenancy/district-context.js';
import { DistrictDirectory } from '../tenancy/district-directory.js';
import { SharingAgreements } from '../tenancy/sharing-agreements.js';
import { ALLOWED_ROLES } from './auth.decorators.js';
import { JwtAuthGuard } from './jwt-auth.guard.js';
import { TokenVerifier } from './token-verifier.js';

const AUD = 'urn:joint-response:api';
const HOUR = 3_600_000;

/**
 * A partner district's clinician or officer acting in the student's district (issue 19 item 4):
 * x-acting-district, checked against the sharing agreements in force, the principal narrowed, the
 * access audited before the handler runs. Real tokens from two identity providers; the audit's
 * transaction is recorded, not run (apps/support-plans/test/partner-clinician.e2e-spec.ts runs it).
 */
describe('JwtAuthGuard: acting in a partner district (x-acting-district)', () => {
  let home: TestIdentityProvider; // the deployment's district `dev`
  let partner: TestIdentityProvider; // `north`
  let jwks: { url: string; close(): Promise<void> };
  let directory: DistrictDirectory;
  let agreements: SharingAgreements;
  let queries: { sql: string; params?: unknown[]; district?: string }[];
  let failAudit: boolean;
  let guard: JwtAuthGuard;

  const agreement = (over: Partial<SharingAgreement> = {}): SharingAgreement => ({
    agreementId: '3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b',
    providerDistrictId: 'dev',
    receiverDistrictId: 'north',
    campusIds: ['campus-hs-01'],
    shares: ['on-call-clinicians'],
    effectiveFrom: new Date(Date.now() - HOUR).toISOString(),
    effectiveUntil: null,
    endedAt: null,
    ...over,
  });

  beforeAll(async () => {
    home = await TestIdentityProvider.create({ issuer: 'urn:env-idp' });
    partner = await TestIdentityProvider.create({ issuer: 'https://idp.north.example/' });
    jwks = await partner.serveJwks();
  });
  afterAll(() => jwks?.close());

  beforeEach(() => {
    directory = new DistrictDirectory({ districtId: 'dev', issuer: home.issuer, audience: AUD, timeZone: 'America/Chicago', deployment: true });
    const north: District = { districtId: 'north', name: 'North ISD', issuer: partner.issuer, jwksUrl: jwks.url, audience: AUD, timeZone: 'America/Denver', pseudonymKeyId: 'north-1', campusIds: [] };
    directory.apply(north);
    agreements = new SharingAgreements();
    queries = [];
    failAudit = false;
    const dataSource = {
      transaction: async (fn: (em: { query: (sql: string, params?: unknown[]) => Promise<unknown> }) => Promise<unknown>) =>
        fn({
          query: async (sql, params) => {
            if (failAudit && sql.startsWith('INSERT')) throw new Error('relation "cross_district_access" is locked');
            queries.push({ sql, params, district: currentDistrictId() });
            return [{ current: currentDistrictId() }];
          },
        }),
    } as unknown as DataSource;
    const verifier = new TokenVerifier({ publicKeyPem: home.publicKeyPem, issuer: home.issuer, audience: AUD, districtId: 'dev' }, directory);
    guard = new JwtAuthGuard(reflector, verifier, {} as ServiceConfig, directory, agreements, dataSource);
  });

  let routeRoles: Role[] = [];
  const reflector = { getAllAndOverride: (key: string) => (key === ALLOWED_ROLES ? routeRoles : undefined) } as unknown as Reflector;

  /** One request through the guard, inside a request context: what it answers, the principal and district it leaves. */
  async function call(token: string, acting: string | undefined, roles: Role[] = ['clinician', 'bh-director']) {
    routeRoles = roles;
    const request = {
      headers: { authorization: `Bearer ${token}`, ...(acting !== undefined && { 'x-acting-district': acting }) },
      method: 'POST',
      url: '/support-plans/S7000001',
      routeOptions: { url: '/support-plans/:studentId' },
    } as unknown as FastifyRequest;
    const context = { getHandler: () => call, getClass: () => JwtAuthGuard, switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
    return RequestContext.run({ correlationId: 'corr-1' }, async () => {
      try {
        return { allowed: await guard.canActivate(context), principal: request.principal, district: currentDistrictId() };
      } catch (error) {
        return { error: error as { status: number; code: string }, principal: request.principal, district: currentDistrictId() };
      }
    });
  }
  const clinician = (roles: Role[] = ['clinician']) => home.token(roles, 'clin-7');
  const inserts = () => queries.filter((q) => q.sql.startsWith('INSERT'));

  it('refuses without an agreement in force: 403 DISTRICT.NO_SHARING_AGREEMENT, nothing audited', async () => {
    const res = await call(await clinician(), 'north');
    expect(res.error).toMatchObject({ status: 403, code: 'DISTRICT.NO_SHARING_AGREEMENT' });
    expect(queries).toEqual([]);
  });

  it.each([
    ['for the other share (co-responders only)', { shares: ['co-responders'] }],
    ['from another provider', { providerDistrictId: 'west' }],
    ['to another receiver', { receiverDistrictId: 'south' }],
    ['in the other direction', { providerDistrictId: 'north', receiverDistrictId: 'dev' }],
    ['ended', { endedAt: new Date(Date.now() - 60_000).toISOString() }],
    ['expired', { effectiveFrom: new Date(Date.now() - 3 * HOUR).toISOString(), effectiveUntil: new Date(Date.now() - HOUR).toISOString() }],
    ['not yet in force', { effectiveFrom: new Date(Date.now() + HOUR).toISOString() }],
  ] as [string, Partial<SharingAgreement>][])('refuses under an agreement %s: 403 DISTRICT.NO_SHARING_AGREEMENT', async (_label, over) => {
    agreements.apply(agreement(over));
    const res = await call(await clinician(), 'north');
    expect(res.error).toMatchObject({ status: 403, code: 'DISTRICT.NO_SHARING_AGREEMENT' });
    expect(queries).toEqual([]);
  });

  it("acts in the partner district with the shared role only, and audits the route pattern in both districts first", async () => {
    agreements.apply(agreement());
    const res = await call(await clinician(['clinician', 'bh-director']), 'north');
    expect(res.allowed).toBe(true);
    expect(res.principal).toEqual({ sub: 'clin-7', roles: ['clinician'], districtId: 'north', homeDistrictId: 'dev' });
    expect(res.district).toBe('north');
    // One row in the district acted in, one in the partner's; the concrete URL (a student id) never.
    const written = inserts();
    expect(written.map((q) => q.params)).toEqual([
      ['act', agreement().agreementId, 'north', 'dev', 'sub:dev/clin-7', 'route:POST /support-plans/:studentId', 'corr-1'],
      ['act', agreement().agreementId, 'north', 'dev', 'sub:dev/clin-7', 'route:POST /support-plans/:studentId', 'corr-1'],
    ]);
    expect(JSON.stringify(queries)).not.toContain('S7000001');
    // The transaction starts acting in the district acted in (row-level security needs one).
    expect(queries.every((q) => q.district === 'north')).toBe(true);
    expect(queries.filter((q) => q.sql.includes('set_config')).map((q) => q.params)).toEqual([['north'], ['north'], ['dev'], ['north']]);
  });

  it('keeps each shared role only under its own share: an officer-clinician under a co-responder agreement acts as officer', async () => {
    agreements.apply(agreement({ shares: ['co-responders'] }));
    const res = await call(await clinician(['officer', 'clinician']), 'north', ['officer', 'clinician']);
    expect(res.principal).toMatchObject({ roles: ['officer'], districtId: 'north' });
  });

  it('audits under the oldest agreement in force when several cover the access', async () => {
    agreements.apply(agreement({ agreementId: 'bbbbbbbb-5b6a-4798-8a9b-0c1d2e3f4a5b' }));
    agreements.apply(agreement({ agreementId: 'aaaaaaaa-5b6a-4798-8a9b-0c1d2e3f4a5b', effectiveFrom: new Date(Date.now() - 2 * HOUR).toISOString() }));
    await call(await clinician(), 'north');
    expect(inserts()[0].params?.[1]).toBe('aaaaaaaa-5b6a-4798-8a9b-0c1d2e3f4a5b');
  });

  it('refuses a route the shared roles do not open (a partner clinician on an admin route), before any audit', async () => {
    agreements.apply(agreement());
    const res = await call(await clinician(['clinician', 'admin']), 'north', ['admin']);
    expect(res.error).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
    expect(queries).toEqual([]);
  });

  it('lends clinicians and officers only: an administrator is refused even under an agreement', async () => {
    agreements.apply(agreement({ shares: ['on-call-clinicians', 'co-responders'] }));
    const res = await call(await home.token(['admin'], 'adm-1'), 'north', ['admin']);
    expect(res.error).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
  });

  it.each([
    ['platform-admin', ['platform-admin']],
    ['regional-admin', ['regional-admin']],
  ] as [string, Role[]][])('refuses the header on a %s-only route: 400 DISTRICT.ACTING_NOT_ALLOWED', async (_label, roles) => {
    agreements.apply(agreement());
    const res = await call(await clinician(), 'north', roles);
    expect(res.error).toMatchObject({ status: 400, code: 'DISTRICT.ACTING_NOT_ALLOWED' });
  });

  it.each([
    ['an unknown district', 'south'],
    ['an invalid id', 'no such/district'],
    ['the platform tenant', 'platform'],
  ])('refuses %s: 400 DISTRICT.UNKNOWN', async (_label, acting) => {
    agreements.apply(agreement());
    const res = await call(await clinician(), acting);
    expect(res.error).toMatchObject({ status: 400, code: 'DISTRICT.UNKNOWN' });
  });

  it("ignores the header naming the caller's own district, and costs nothing without it", async () => {
    for (const acting of ['dev', undefined]) {
      const res = await call(await clinician(['clinician', 'bh-director']), acting);
      expect(res.allowed).toBe(true);
      expect(res.principal).toEqual({ sub: 'clin-7', roles: ['clinician', 'bh-director'], districtId: 'dev' });
      expect(res.district).toBe('dev');
    }
    expect(queries).toEqual([]);
  });

  it("a partner's own token acting in the deployment's district works the same way (any provider, any receiver)", async () => {
    agreements.apply(agreement({ providerDistrictId: 'north', receiverDistrictId: 'dev' }));
    const res = await call(await partner.token(['clinician'], 'n-3'), 'dev');
    expect(res.principal).toEqual({ sub: 'n-3', roles: ['clinician'], districtId: 'dev', homeDistrictId: 'north' });
    expect(inserts()[0].params?.slice(2, 5)).toEqual(['dev', 'north', 'sub:north/n-3']);
  });

  it('fails the request when the audit cannot be written: no access goes unaudited', async () => {
    agreements.apply(agreement());
    failAudit = true;
    const res = await call(await clinician(), 'north');
    expect(res.allowed).toBeUndefined();
    expect(String(res.error)).toMatch(/cross_district_access/);
  });
});
