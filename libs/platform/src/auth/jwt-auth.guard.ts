import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import type { Role } from '#contracts';
import { Problem } from '../errors/problem.js';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './auth.decorators.js';
import { ServiceConfig } from '../config/service-config.js';
import { RequestContext } from '../http/request-context.js';
import { sqlQuery } from '../database/sql-query.js';
import { recordCrossDistrictAccess } from '../tenancy/cross-district.js';
import { runInDistrict } from '../tenancy/district-context.js';
import { DistrictDirectory } from '../tenancy/district-directory.js';
import { PLATFORM_DISTRICT_ID } from '../tenancy/platform-district.js';
import { SharingAgreements } from '../tenancy/sharing-agreements.js';
import { ACTING_DISTRICT_HEADER, actingAccess, partnerActing } from './acting-district.js';
import { InvalidTokenError, TokenVerifier } from './token-verifier.js';

/** The auth scheme name is case-insensitive (RFC 7235 §2.1, RFC 6750): `bearer x` is as good as `Bearer x`. */
const BEARER = /^Bearer\s+([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+)$/i;

/** The compact JWT of an Authorization header, if it names the bearer scheme. */
export function bearerToken(header: string | undefined): string | undefined {
  return BEARER.exec(header ?? '')?.[1];
}

@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly config: ServiceConfig,
    private readonly districts: DistrictDirectory,
    private readonly agreements: SharingAgreements,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) {
      // Anonymous routes (tips) act in the deployment's first district.
      this.actIn(this.config.DEFAULT_DISTRICT_ID);
      return true;
    }

    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new Problem(401, 'AUTH.UNAUTHENTICATED', 'A bearer token is required');
    try {
      // The rate limiter may already have verified this very token for its key.
      request.principal ??= await this.verifier.verify(token);
    } catch (err) {
      if (err instanceof InvalidTokenError) throw new Problem(401, 'AUTH.UNAUTHENTICATED', 'The bearer token is invalid or expired');
      throw err;
    }

    const allowed = this.reflector.getAllAndOverride<Role[]>(ALLOWED_ROLES, targets) ?? [];
    // The registry's routes (platform-admin only) act in the platform tenant, never in a district;
    // regional routes (regional-admin only) in none: they name each district of the region explicitly.
    const only = (role: Role) => allowed.length > 0 && allowed.every((r) => r === role);
    const acting = request.headers[ACTING_DISTRICT_HEADER];
    if (acting !== undefined && acting !== request.principal.districtId) return this.actInPartnerDistrict(request, acting, allowed, only('platform-admin') || only('regional-admin'));
    this.actIn(only('platform-admin') ? PLATFORM_DISTRICT_ID : only('regional-admin') ? undefined : request.principal.districtId);
    if (!request.principal.roles.some((r) => allowed.includes(r))) {
      throw new Problem(403, 'AUTH.FORBIDDEN', 'Your role does not allow this operation');
    }
    return true;
  }

  /**
   * A partner district's clinician or officer acting in the student's district (x-acting-district,
   * issue 19): only under a sharing agreement in force, with the shared roles only, and audited in
   * both districts before the handler runs. Requests without the header never come here.
   */
  private async actInPartnerDistrict(request: FastifyRequest, acting: string | string[], allowed: Role[], platformOrRegional: boolean): Promise<boolean> {
    if (platformOrRegional) throw new Problem(400, 'DISTRICT.ACTING_NOT_ALLOWED', `${ACTING_DISTRICT_HEADER} has no place on a platform or regional route`);
    const partner = partnerActing(request.principal!, acting, { districts: this.districts, agreements: this.agreements }, new Date());
    request.principal = partner.principal;
    this.actIn(partner.principal.districtId);
    if (!partner.principal.roles.some((r) => allowed.includes(r))) {
      throw new Problem(403, 'AUTH.FORBIDDEN', 'Your role does not allow this operation in a partner district');
    }
    // Its own short transaction, committed before the handler runs: a failed write fails the request
    // (503 or 500 through the problem filter), so no partner's access goes unaudited.
    const entry = actingAccess(partner, request.method, request.routeOptions.url ?? 'unmatched');
    await runInDistrict(partner.principal.districtId, () =>
      this.dataSource.transaction((em) => recordCrossDistrictAccess(sqlQuery(em), entry)),
    );
    return true;
  }

  /** The request's district, for every query and event from here on (tenancy/district-session.ts), and its calendar. */
  private actIn(districtId: string | undefined): void {
    const trace = RequestContext.current();
    if (!trace) return;
    trace.districtId = districtId;
    trace.timeZone = districtId === undefined ? undefined : this.districts.timeZoneOf(districtId);
  }
}
