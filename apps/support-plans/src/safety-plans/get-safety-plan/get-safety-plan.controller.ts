import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { ACTING_ROLE_HEADER } from '../../consent-gate/api/requester.js';
import { SafetyPlanResponse } from '../api/safety-plan.response.js';
import { GetSafetyPlanQuery } from './get-safety-plan.dto.js';
import { GetSafetyPlanHandler } from './get-safety-plan.handler.js';

@ApiTags('safety-plans')
@Controller('safety-plans')
export class GetSafetyPlanController {
  constructor(private readonly handler: GetSafetyPlanHandler) {}

  @Get(':id')
  @Authorize('clinician', 'bh-director', 'officer', 'police-chief', 'admin')
  @ApiOperation({
    summary: 'Read a safety plan, as far as the consent rules let you',
    description:
      "Clinicians see it whole. A police or administrator member of the student's multidisciplinary team for the plan's case sees " +
      'the EDU-SAFETY summary, review date and status (purpose threat-assessment, the default for them; R3c, R11), marked ' +
      'redisclosure=prohibited (R8) and logged (R7). Anyone else gets what a missing plan gets (R10).',
  })
  @ApiHeader({ name: ACTING_ROLE_HEADER, required: false, description: 'With several roles: the one to act in' })
  @ApiOkResponse({ type: SafetyPlanResponse })
  @ApiProblem(404, 'No such plan, or none you may see (SAFETY_PLAN.NOT_FOUND)')
  async get(
    @UuidParam('id') id: string,
    @Query() q: GetSafetyPlanQuery,
    @CurrentPrincipal() by: Principal,
    @Headers(ACTING_ROLE_HEADER) actingRole?: string,
  ): Promise<SafetyPlanResponse> {
    return this.handler.execute(id, q.purpose, by, actingRole, new Date());
  }
}
