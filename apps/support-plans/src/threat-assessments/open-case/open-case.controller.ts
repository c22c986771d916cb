import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { ThreatCaseResponse } from '../api/threat-case.response.js';
import { OpenCaseDto } from './open-case.dto.js';
import { OpenCaseHandler } from './open-case.handler.js';

@ApiTags('threat-assessments')
@Controller('threat-assessments')
export class OpenCaseController {
  constructor(private readonly handler: OpenCaseHandler) {}

  @Post()
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Open a threat-assessment case for a student from an incident or a tip (TEC 37.115)',
    description:
      'One case per student per incident or tip. Threat and weapon tips open theirs automatically from incidents.tip.received. ' +
      'Publishes support.threat-case.opened.',
    status: 201,
    response: ThreatCaseResponse,
    problems: {
      400: 'Invalid body, or not exactly one of incidentId and tipId (REQUEST.VALIDATION_FAILED)',
      409: 'The student already has a case for this incident or tip; `caseId` names it (THREAT_CASE.ALREADY_OPEN)',
    },
  })
  async open(@Body() dto: OpenCaseDto, @CurrentPrincipal() by: Principal): Promise<ThreatCaseResponse> {
    return this.handler.execute(dto, by, new Date());
  }
}
