import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UuidParam } from '#platform';
import { IncidentStep } from '../api/incident-endpoints.js';
import { IncidentResponse } from '../api/incident.response.js';
import { StepTimeDto } from '../api/step-time.dto.js';
import { ClearIncidentHandler } from './clear-incident.handler.js';

@ApiTags('co-response')
@Controller('incidents')
export class ClearIncidentController {
  constructor(private readonly handler: ClearIncidentHandler) {}

  @Post(':id/clear')
  @IncidentStep({
    roles: ['officer', 'police-chief', 'system'],
    summary: 'Record that the responders cleared the scene (on-scene → cleared)',
    description: 'Publishes incidents.incident.cleared.',
    conflict: 'Not on scene (INCIDENT.ILLEGAL_TRANSITION)',
    notBefore: 'before arrival',
  })
  clear(@UuidParam('id') id: string, @Body() dto: StepTimeDto): Promise<IncidentResponse> {
    return this.handler.execute(id, dto ?? new StepTimeDto(), new Date());
  }
}
