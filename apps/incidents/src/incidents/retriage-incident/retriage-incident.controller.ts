import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UuidParam } from '#platform';
import { IncidentStep } from '../api/incident-endpoints.js';
import { IncidentResponse } from '../api/incident.response.js';
import { TriageIncidentDto } from '../api/triage-incident.dto.js';
import { RetriageIncidentHandler } from './retriage-incident.handler.js';

@ApiTags('co-response')
@Controller('incidents')
export class RetriageIncidentController {
  constructor(private readonly handler: RetriageIncidentHandler) {}

  @Post(':id/retriage')
  @IncidentStep({
    roles: ['officer', 'police-chief', 'system'],
    summary: 'Triage a triaged incident again, before dispatch (new priority or co-response decision)',
    description: 'For when dispatch cannot be staffed as triaged. Publishes incidents.incident.triaged with retriage: true.',
    conflict: 'Not triaged, e.g. already dispatched (INCIDENT.WRONG_STATUS)',
    notBefore: 'before the last triage',
  })
  retriage(@UuidParam('id') id: string, @Body() dto: TriageIncidentDto): Promise<IncidentResponse> {
    return this.handler.execute(id, dto, new Date());
  }
}
