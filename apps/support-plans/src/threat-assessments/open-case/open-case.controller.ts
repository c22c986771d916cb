import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal } from '#platform';
import { ThreatCaseResponse } from '../api/threat-case.response.js';
import { OpenCaseDto } from './open-case.dto.js';
import { OpenCaseHandler } from './open-case.handler.js';

@ApiTags('threat-assessments')
@Controller('threat-assessments')
export class OpenCaseController {
  constructor(private readonly handler: OpenCaseHandler) {}

  @Post()
  @HttpCode(201)
  @Authorize('clinician', 'bh-director')
  @ApiOperation({
    summary: 'Open a threat-assessment case for a student from an incident or a tip (TEC 37.115)',
    description:
      'One case per student per incident or tip. Threat and weapon tips open theirs automatically from incidents.tip.received. ' +
      'Publishes support.threat-case.opened.',
  })
  @ApiCreatedResponse({ type: ThreatCaseResponse })
  @ApiProblem(400, 'Invalid body, or not exactly one of incidentId and tipId (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(409, 'The student already has a case for this incident or tip; `caseId` names it (THREAT_CASE.ALREADY_OPEN)')
  async open(@Body() dto: OpenCaseDto, @CurrentPrincipal() by: Principal): Promise<ThreatCaseResponse> {
    return this.handler.execute(dto, by, new Date());
  }
}
