import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { IncidentResponse } from '../incident/incident.response.js';
import { TriageIncidentDto } from './triage-incident.dto.js';
import { TriageIncidentHandler } from './triage-incident.handler.js';

@ApiTags('incidents')
@Controller('incidents')
export class TriageIncidentController {
  constructor(private readonly handler: TriageIncidentHandler) {}

  @Post(':id/triage')
  @HttpCode(200)
  @Authorize('officer', 'police-chief', 'system')
  @ApiOperation({
    summary: 'Triage a reported incident: priority, and whether co-response is indicated (reported → triaged)',
    description: 'Publishes incidents.incident.triaged.',
  })
  @ApiOkResponse({ type: IncidentResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such incident (INCIDENT.NOT_FOUND)')
  @ApiProblem(409, 'Not in status reported (INCIDENT.ILLEGAL_TRANSITION)')
  @ApiProblem(422, 'Time in the future or before the incident (INCIDENT.TIME_IN_FUTURE / INCIDENT.TIME_OUT_OF_ORDER)')
  triage(@UuidParam('id') id: string, @Body() dto: TriageIncidentDto): Promise<IncidentResponse> {
    return this.handler.execute(id, dto, new Date());
  }
}
