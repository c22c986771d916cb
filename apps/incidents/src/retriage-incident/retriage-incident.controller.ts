import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { IncidentResponse } from '../incident/incident.response.js';
import { TriageIncidentDto } from '../triage-incident/triage-incident.dto.js';
import { RetriageIncidentHandler } from './retriage-incident.handler.js';

@ApiTags('co-response')
@Controller('incidents')
export class RetriageIncidentController {
  constructor(private readonly handler: RetriageIncidentHandler) {}

  @Post(':id/retriage')
  @HttpCode(200)
  @Authorize('officer', 'police-chief', 'system')
  @ApiOperation({
    summary: 'Triage a triaged incident again, before dispatch (new priority or co-response decision)',
    description: 'For when dispatch cannot be staffed as triaged. Publishes incidents.incident.triaged with retriage: true.',
  })
  @ApiOkResponse({ type: IncidentResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such incident (INCIDENT.NOT_FOUND)')
  @ApiProblem(409, 'Not triaged, e.g. already dispatched (INCIDENT.WRONG_STATUS)')
  @ApiProblem(422, 'Time in the future or before the last triage (INCIDENT.TIME_IN_FUTURE / INCIDENT.TIME_OUT_OF_ORDER)')
  retriage(@UuidParam('id') id: string, @Body() dto: TriageIncidentDto): Promise<IncidentResponse> {
    return this.handler.execute(id, dto, new Date());
  }
}
