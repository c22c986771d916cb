import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { badStepTime, CHANGE_PROBLEMS } from '../api/change-problems.js';
import { IncidentResponse } from '../api/incident.response.js';
import { StepTimeDto } from '../api/step-time.dto.js';
import { ClearIncidentHandler } from './clear-incident.handler.js';

@ApiTags('co-response')
@Controller('incidents')
export class ClearIncidentController {
  constructor(private readonly handler: ClearIncidentHandler) {}

  @Post(':id/clear')
  @Endpoint({
    roles: ['officer', 'police-chief', 'system'],
    summary: 'Record that the responders cleared the scene (on-scene → cleared)',
    description: 'Publishes incidents.incident.cleared.',
    status: 200,
    response: IncidentResponse,
    problems: { ...CHANGE_PROBLEMS, 409: 'Not on scene (INCIDENT.ILLEGAL_TRANSITION)', 422: badStepTime('before arrival') },
  })
  clear(@UuidParam('id') id: string, @Body() dto: StepTimeDto): Promise<IncidentResponse> {
    return this.handler.execute(id, dto ?? new StepTimeDto(), new Date());
  }
}
