import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ActingRole } from '../../consent-gate/api/acting-role.param.js';
import { SupportPlanResponse } from '../api/support-plan.response.js';
import { PurposeQuery } from '../../consent-gate/api/read-purpose.js';
import { GetSupportPlanHandler } from './get-support-plan.handler.js';
import { NOT_LOGGED_PROBLEM } from '../../consent-gate/api/not-logged.problem.js';

@ApiTags('support-plans')
@Controller('support-plans')
export class GetSupportPlanController {
  constructor(private readonly handler: GetSupportPlanHandler) {}

  @Get(':id')
  @Endpoint({
    roles: ['clinician', 'bh-director', 'officer', 'police-chief', 'admin'],
    summary: 'Read a support plan, as far as the consent rules let you',
    description:
      'EDU-CLIN: clinicians read it as school officials; police and administrators only under a consent naming them or a break-the-glass ' +
      'grant (R3a, R6), marked redisclosure=prohibited (R8) and logged (R7). Anyone else gets what a missing plan gets (R10).',
    response: SupportPlanResponse,
    problems: { 404: 'No such plan, or none you may see (SUPPORT_PLAN.NOT_FOUND)', ...NOT_LOGGED_PROBLEM },
  })
  async get(
    @UuidParam('id') id: string,
    @Query() q: PurposeQuery,
    @CurrentPrincipal() by: Principal,
    @ActingRole() actingRole?: string,
  ): Promise<SupportPlanResponse> {
    return this.handler.execute(id, q.purpose, by, actingRole, new Date());
  }
}
