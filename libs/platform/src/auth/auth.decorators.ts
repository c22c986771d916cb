import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ApiProblem } from '../swagger/api-problem.decorator.js';
import type { FastifyRequest } from 'fastify';
import type { Role } from '#contracts';
import type { Principal } from './principal.js';

export const PUBLIC_ROUTE = 'auth:public';
export const ALLOWED_ROLES = 'auth:roles';
export const BEARER_SCHEME = 'bearer';

/** Health, metrics and docs only: everything else needs a token. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * The roles that may call a route. Routes without it are refused (fail closed), so a
 * forgotten decorator cannot open an endpoint.
 */
export const Authorize = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ALLOWED_ROLES, roles),
    ApiBearerAuth(BEARER_SCHEME),
    // Machine-readable for generated clients and the contract test; the 403 text says the same.
    ApiExtension('x-roles', roles),
    ApiProblem(401, 'Missing or invalid bearer token (AUTH.UNAUTHENTICATED)'),
    ApiProblem(403, `Role not allowed; needs one of: ${roles.join(', ')} (AUTH.FORBIDDEN)`),
  );

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<FastifyRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
