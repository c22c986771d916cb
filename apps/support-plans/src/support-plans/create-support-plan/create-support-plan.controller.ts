import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { SupportPlanResponse } from '../api/support-plan.response.js';
import { CreateSupportPlanDto } from './create-support-plan.dto.js';
import { CreateSupportPlanHandler } from './create-support-plan.handler.js';

@ApiTags('support-plans')
@Controller('support-plans')
export class CreateSupportPlanController {
  constructor(private readonly handler: CreateSupportPlanHandler) {}

  @Post()
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Start a support plan: goals, interventions, assigned clinician, first review date',
    description:
      'A plan with care interventions (counseling, family sessions, skills groups, crisis follow-up) for a student under 18 needs ' +
      "a guardian's written consent to treatment in force (R11). Publishes support.plan.started (types and counts only).",
    status: 201,
    response: SupportPlanResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      409: 'The referral is not accepted (SUPPORT_PLAN.REFERRAL_NOT_ACCEPTED)',
      422: 'Care without parental consent (CARE.PARENTAL_CONSENT_REQUIRED, R11); unknown or mismatched referral (SUPPORT_PLAN.UNKNOWN_REFERRAL, SUPPORT_PLAN.REFERRAL_MISMATCH)',
    },
  })
  async create(@Body() dto: CreateSupportPlanDto, @CurrentPrincipal() by: Principal): Promise<SupportPlanResponse> {
    return this.handler.execute(dto, by, new Date());
  }
}
