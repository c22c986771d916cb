import { Body, Controller, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { SafetyPlanResponse } from '../api/safety-plan.response.js';
import { ReviseSafetyPlanDto } from './revise-safety-plan.dto.js';
import { ReviseSafetyPlanHandler } from './revise-safety-plan.handler.js';

@ApiTags('safety-plans')
@Controller('safety-plans')
export class ReviseSafetyPlanController {
  constructor(private readonly handler: ReviseSafetyPlanHandler) {}

  @Put(':id')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Revise a safety plan (the whole content), or retire it',
    description: 'Send the version you read as expectedVersion. Publishes support.safety-plan.recorded with the new version.',
    response: SafetyPlanResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such plan (SAFETY_PLAN.NOT_FOUND)',
      409: 'Stale version (SAFETY_PLAN.VERSION_CONFLICT) or retired (SAFETY_PLAN.ILLEGAL_TRANSITION)',
    },
  })
  async revise(
    @UuidParam('id') id: string,
    @Body() dto: ReviseSafetyPlanDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<SafetyPlanResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
