import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { ThreatCaseResponse } from '../api/threat-case.response.js';
import { CloseCaseDto } from './close-case.dto.js';
import { CloseCaseHandler } from './close-case.handler.js';

@ApiTags('threat-assessments')
@Controller('threat-assessments')
export class CloseCaseController {
  constructor(private readonly handler: CloseCaseHandler) {}

  @Post(':id/close')
  @HttpCode(200)
  @Authorize('clinician', 'bh-director')
  @ApiOperation({
    summary: 'Close the case with an outcome',
    description: 'Only an open case with a level of concern. Publishes support.threat-case.closed (outcome and level; the summary stays here).',
  })
  @ApiOkResponse({ type: ThreatCaseResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such case (THREAT_CASE.NOT_FOUND)')
  @ApiProblem(409, 'Already closed (THREAT_CASE.ILLEGAL_TRANSITION) or not assessed (THREAT_CASE.NOT_ASSESSED)')
  async close(
    @UuidParam('id') id: string,
    @Body() dto: CloseCaseDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<ThreatCaseResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
