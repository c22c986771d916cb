import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { badStepTime, CHANGE_PROBLEMS } from '../api/change-problems.js';
import { IncidentResponse } from '../api/incident.response.js';
import { StepTimeDto } from '../api/step-time.dto.js';
import { CloseIncidentHandler } from './close-incident.handler.js';

@ApiTags('incidents')
@Controller('incidents')
export class CloseIncidentController {
  constructor(private readonly handler: CloseIncidentHandler) {}

  @Post(':id/close')
  @Endpoint({
    roles: ['officer', 'police-chief'],
    summary: 'Close a cleared incident (cleared → closed)',
    description: 'Every student involved needs a disposition first. Publishes incidents.incident.closed.',
    status: 200,
    response: IncidentResponse,
    problems: {
      ...CHANGE_PROBLEMS,
      409: 'Not cleared (INCIDENT.ILLEGAL_TRANSITION), or a student lacks a disposition (INCIDENT.DISPOSITIONS_MISSING)',
      422: badStepTime('before clearing'),
    },
  })
  close(@UuidParam('id') id: string, @Body() dto: StepTimeDto): Promise<IncidentResponse> {
    return this.handler.execute(id, dto ?? new StepTimeDto(), new Date());
  }
}
