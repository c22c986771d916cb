import { Body, Controller, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { SafetyPlanResponse } from '../api/safety-plan.response.js';
import { ReviseSafetyPlanDto } from './revise-safety-plan.dto.js';
import { ReviseSafetyPlanHandler } from './revise-safety-plan.handler.js';

@ApiTags('safety-plans')
@Controller('safety-plans')
export class ReviseSafetyPlanController {
  constructor(private readonly handler: ReviseSafetyPlanHandler) {}

  @Put(':id')
  @Authorize('clinician', 'bh-director')
  @ApiOperation({
    summary: 'Revise a safety plan (the whole content), or retire it',
    description: 'Send the version you read as expectedVersion. Publishes support.safety-plan.recorded with the new version.',
  })
  @ApiOkResponse({ type: SafetyPlanResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such plan (SAFETY_PLAN.NOT_FOUND)')
  @ApiProblem(409, 'Stale version (SAFETY_PLAN.VERSION_CONFLICT) or retired (SAFETY_PLAN.ILLEGAL_TRANSITION)')
  async revise(
    @UuidParam('id') id: string,
    @Body() dto: ReviseSafetyPlanDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<SafetyPlanResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
