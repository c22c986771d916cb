import { Body, Controller, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { SupportPlanResponse } from '../api/support-plan.response.js';
import { UpdateSupportPlanDto } from './update-support-plan.dto.js';
import { UpdateSupportPlanHandler } from './update-support-plan.handler.js';

@ApiTags('support-plans')
@Controller('support-plans')
export class UpdateSupportPlanController {
  constructor(private readonly handler: UpdateSupportPlanHandler) {}

  @Patch(':id')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Change goals, interventions, the assigned clinician or the next review date of an active plan',
    description: 'Send the version you read as expectedVersion. New care interventions check parental consent again (R11). Publishes support.plan.updated.',
    response: SupportPlanResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such plan (SUPPORT_PLAN.NOT_FOUND)',
      409: 'Stale version (SUPPORT_PLAN.VERSION_CONFLICT) or the plan ended (SUPPORT_PLAN.ILLEGAL_TRANSITION)',
      422: 'Care without parental consent (CARE.PARENTAL_CONSENT_REQUIRED, R11)',
    },
  })
  async update(
    @UuidParam('id') id: string,
    @Body() dto: UpdateSupportPlanDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<SupportPlanResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
