import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UuidParam } from '#platform';
import { IncidentStep } from '../api/incident-endpoints.js';
import { IncidentResponse } from '../api/incident.response.js';
import { StepTimeDto } from '../api/step-time.dto.js';
import { CloseIncidentHandler } from './close-incident.handler.js';

@ApiTags('incidents')
@Controller('incidents')
export class CloseIncidentController {
  constructor(private readonly handler: CloseIncidentHandler) {}

  @Post(':id/close')
  @IncidentStep({
    roles: ['officer', 'police-chief'],
    summary: 'Close a cleared incident (cleared → closed)',
    description: 'Every student involved needs a disposition first. Publishes incidents.incident.closed.',
    conflict: 'Not cleared (INCIDENT.ILLEGAL_TRANSITION), or a student lacks a disposition (INCIDENT.DISPOSITIONS_MISSING)',
    notBefore: 'before clearing',
  })
  close(@UuidParam('id') id: string, @Body() dto: StepTimeDto): Promise<IncidentResponse> {
    return this.handler.execute(id, dto ?? new StepTimeDto(), new Date());
  }
}
