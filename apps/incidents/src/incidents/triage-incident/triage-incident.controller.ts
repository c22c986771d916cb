import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UuidParam } from '#platform';
import { IncidentStep } from '../api/incident-endpoints.js';
import { IncidentResponse } from '../api/incident.response.js';
import { TriageIncidentDto } from '../api/triage-incident.dto.js';
import { TriageIncidentHandler } from './triage-incident.handler.js';

@ApiTags('incidents')
@Controller('incidents')
export class TriageIncidentController {
  constructor(private readonly handler: TriageIncidentHandler) {}

  @Post(':id/triage')
  @IncidentStep({
    roles: ['officer', 'police-chief', 'system'],
    summary: 'Triage a reported incident: priority, and whether co-response is indicated (reported → triaged)',
    description: 'Publishes incidents.incident.triaged.',
    conflict: 'Not in status reported (INCIDENT.ILLEGAL_TRANSITION)',
    notBefore: 'before the incident',
  })
  triage(@UuidParam('id') id: string, @Body() dto: TriageIncidentDto): Promise<IncidentResponse> {
    return this.handler.execute(id, dto, new Date());
  }
}
