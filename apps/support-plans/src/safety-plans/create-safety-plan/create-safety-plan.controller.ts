import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { SafetyPlanResponse } from '../api/safety-plan.response.js';
import { CreateSafetyPlanDto } from './create-safety-plan.dto.js';
import { CreateSafetyPlanHandler } from './create-safety-plan.handler.js';

@ApiTags('safety-plans')
@Controller('safety-plans')
export class CreateSafetyPlanController {
  constructor(private readonly handler: CreateSafetyPlanHandler) {}

  @Post()
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Write a safety plan: warning signs, coping steps, contacts, means restriction, and a summary for the team',
    description:
      "The summary and review date are EDU-SAFETY: a student's threat-assessment team sees them when the plan names the case (R3c). " +
      'The rest is EDU-CLIN. Publishes support.safety-plan.recorded (no content).',
    status: 201,
    response: SafetyPlanResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      422: 'Unknown case or a case about another student (SAFETY_PLAN.UNKNOWN_CASE, SAFETY_PLAN.CASE_MISMATCH)',
    },
  })
  async create(@Body() dto: CreateSafetyPlanDto, @CurrentPrincipal() by: Principal): Promise<SafetyPlanResponse> {
    return this.handler.execute(dto, by, new Date());
  }
}
