import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ActingRole } from '../../consent-gate/api/acting-role.param.js';
import { SafetyPlanResponse } from '../api/safety-plan.response.js';
import { GetSafetyPlanQuery } from './get-safety-plan.dto.js';
import { GetSafetyPlanHandler } from './get-safety-plan.handler.js';
import { NOT_LOGGED_PROBLEM } from '../../consent-gate/api/not-logged.problem.js';

@ApiTags('safety-plans')
@Controller('safety-plans')
export class GetSafetyPlanController {
  constructor(private readonly handler: GetSafetyPlanHandler) {}

  @Get(':id')
  @Endpoint({
    roles: ['clinician', 'bh-director', 'officer', 'police-chief', 'admin'],
    summary: 'Read a safety plan, as far as the consent rules let you',
    description:
      "Clinicians see it whole. A police or administrator member of the student's multidisciplinary team for the plan's case sees " +
      'the EDU-SAFETY summary, review date and status (purpose threat-assessment, the default for them; R3c, R11), marked ' +
      'redisclosure=prohibited (R8) and logged (R7). Anyone else gets what a missing plan gets (R10).',
    response: SafetyPlanResponse,
    problems: { 404: 'No such plan, or none you may see (SAFETY_PLAN.NOT_FOUND)', ...NOT_LOGGED_PROBLEM },
  })
  async get(
    @UuidParam('id') id: string,
    @Query() q: GetSafetyPlanQuery,
    @CurrentPrincipal() by: Principal,
    @ActingRole() actingRole?: string,
  ): Promise<SafetyPlanResponse> {
    return this.handler.execute(id, q.purpose, by, actingRole, new Date());
  }
}
