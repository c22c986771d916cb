import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { ACTING_ROLE_HEADER } from '../../consent-gate/api/requester.js';
import { SupportPlanResponse } from '../api/support-plan.response.js';
import { GetSupportPlanQuery } from './get-support-plan.dto.js';
import { GetSupportPlanHandler } from './get-support-plan.handler.js';

@ApiTags('support-plans')
@Controller('support-plans')
export class GetSupportPlanController {
  constructor(private readonly handler: GetSupportPlanHandler) {}

  @Get(':id')
  @Authorize('clinician', 'bh-director', 'officer', 'police-chief', 'admin')
  @ApiOperation({
    summary: 'Read a support plan, as far as the consent rules let you',
    description:
      'EDU-CLIN: clinicians read it as school officials; police and administrators only under a consent naming them or a break-the-glass ' +
      'grant (R3a, R6), marked redisclosure=prohibited (R8) and logged (R7). Anyone else gets what a missing plan gets (R10).',
  })
  @ApiHeader({ name: ACTING_ROLE_HEADER, required: false, description: 'With several roles: the one to act in' })
  @ApiOkResponse({ type: SupportPlanResponse })
  @ApiProblem(404, 'No such plan, or none you may see (SUPPORT_PLAN.NOT_FOUND)')
  async get(
    @UuidParam('id') id: string,
    @Query() q: GetSupportPlanQuery,
    @CurrentPrincipal() by: Principal,
    @Headers(ACTING_ROLE_HEADER) actingRole?: string,
  ): Promise<SupportPlanResponse> {
    return this.handler.execute(id, q.purpose, by, actingRole, new Date());
  }
}
