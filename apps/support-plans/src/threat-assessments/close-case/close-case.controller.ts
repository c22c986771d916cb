import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ThreatCaseResponse } from '../api/threat-case.response.js';
import { CloseCaseDto } from './close-case.dto.js';
import { CloseCaseHandler } from './close-case.handler.js';

@ApiTags('threat-assessments')
@Controller('threat-assessments')
export class CloseCaseController {
  constructor(private readonly handler: CloseCaseHandler) {}

  @Post(':id/close')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Close the case with an outcome',
    description: 'Only an open case with a level of concern. Publishes support.threat-case.closed (outcome and level; the summary stays here).',
    status: 200,
    response: ThreatCaseResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such case (THREAT_CASE.NOT_FOUND)',
      409: 'Already closed (THREAT_CASE.ILLEGAL_TRANSITION) or not assessed (THREAT_CASE.NOT_ASSESSED)',
    },
  })
  async close(
    @UuidParam('id') id: string,
    @Body() dto: CloseCaseDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<ThreatCaseResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
