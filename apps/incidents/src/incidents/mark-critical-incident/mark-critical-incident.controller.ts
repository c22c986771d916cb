import { Body, Controller, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CHANGE_PROBLEMS } from '../api/incident-endpoints.js';
import { MarkCriticalIncidentDto } from './mark-critical-incident.dto.js';
import { MarkCriticalIncidentHandler } from './mark-critical-incident.handler.js';

@ApiTags('incidents')
@Controller('incidents')
export class MarkCriticalIncidentController {
  constructor(private readonly handler: MarkCriticalIncidentHandler) {}

  @Post(':id/critical-incident')
  @Endpoint({
    roles: ['police-chief', 'bh-director', 'admin'],
    summary: 'Mark an incident as critical for the staff involved (a supervisor decision)',
    description:
      'Publishes incidents.critical-incident.recorded with staff ids only (the dispatched officer and clinician, plus alsoInvolved): ' +
      'the wellness service offers each a confidential debrief (W6). Nobody here learns whether they take it (W1).',
    status: 204,
    problems: { ...CHANGE_PROBLEMS, 409: 'Nobody was dispatched or named, so there is nobody to offer a debrief to (INCIDENT.NO_STAFF_INVOLVED)' },
  })
  @ApiNoContentResponse({ description: 'Marked; the debrief offers follow' })
  async mark(@UuidParam('id') id: string, @Body() dto: MarkCriticalIncidentDto): Promise<void> {
    await this.handler.execute(id, dto, new Date());
  }
}
