import { applyDecorators, HttpCode, type Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { Role } from '#contracts';
import { Authorize } from '../auth/auth.decorators.js';
import { ApiProblem } from './api-problem.decorator.js';

/** What every documented route states: who may call it, what it does, what it answers, how it fails. */
export interface EndpointSpec {
  roles: Role[];
  summary: string;
  description?: string;
  /** Success status; set for POSTs that answer 200 (Nest's default there is 201). */
  status?: 200 | 201 | 202 | 204;
  /** Body of the success response; an array type is written `[Type]`. */
  response?: Type | [Type];
  /** Problem+json responses by status, each naming its stable codes. */
  problems?: Readonly<Record<number, string>>;
}

/**
 * One decorator for the routing-independent half of a route (use it beside @Get/@Post): roles
 * (fail closed), OpenAPI operation, success type and problems. Keeps controllers to their method.
 */
export function Endpoint(spec: EndpointSpec): MethodDecorator {
  const documented = spec.response && { type: spec.response };
  // Listed top-down as a controller used to write them; applied bottom-up like stacked decorators,
  // so a route's own 403 text still comes before the generic one Authorize merges in.
  const topDown = [
    ...(spec.status ? [HttpCode(spec.status)] : []),
    Authorize(...spec.roles),
    ApiOperation({ summary: spec.summary, ...(spec.description && { description: spec.description }) }),
    ...(documented ? [spec.status === 201 ? ApiCreatedResponse(documented) : ApiOkResponse(documented)] : []),
    ...Object.entries(spec.problems ?? {}).map(([status, text]) => ApiProblem(Number(status), text)),
  ];
  return applyDecorators(...topDown.reverse());
}
