import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { badStepTime, CHANGE_PROBLEMS } from '../api/change-problems.js';
import { IncidentResponse } from '../api/incident.response.js';
import { TriageIncidentDto } from '../api/triage-incident.dto.js';
import { TriageIncidentHandler } from './triage-incident.handler.js';

@ApiTags('incidents')
@Controller('incidents')
export class TriageIncidentController {
  constructor(private readonly handler: TriageIncidentHandler) {}

  @Post(':id/triage')
  @Endpoint({
    roles: ['officer', 'police-chief', 'system'],
    summary: 'Triage a reported incident: priority, and whether co-response is indicated (reported → triaged)',
    description: 'Publishes incidents.incident.triaged.',
    status: 200,
    response: IncidentResponse,
    problems: { ...CHANGE_PROBLEMS, 409: 'Not in status reported (INCIDENT.ILLEGAL_TRANSITION)', 422: badStepTime('before the incident') },
  })
  triage(@UuidParam('id') id: string, @Body() dto: TriageIncidentDto): Promise<IncidentResponse> {
    return this.handler.execute(id, dto, new Date());
  }
}
