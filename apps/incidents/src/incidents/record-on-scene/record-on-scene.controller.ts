import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UuidParam } from '#platform';
import { IncidentStep } from '../api/incident-endpoints.js';
import { IncidentResponse } from '../api/incident.response.js';
import { StepTimeDto } from '../api/step-time.dto.js';
import { RecordOnSceneHandler } from './record-on-scene.handler.js';

@ApiTags('co-response')
@Controller('incidents')
export class RecordOnSceneController {
  constructor(private readonly handler: RecordOnSceneHandler) {}

  @Post(':id/on-scene')
  @IncidentStep({
    roles: ['officer', 'police-chief', 'system'],
    summary: 'Record the responders’ arrival (dispatched → on-scene)',
    description: 'Publishes incidents.incident.on-scene and, for the data teams, analytics.incident.responded (whole minutes from dispatch).',
    conflict: 'Not dispatched (INCIDENT.ILLEGAL_TRANSITION)',
    notBefore: 'before dispatch',
  })
  onScene(@UuidParam('id') id: string, @Body() dto: StepTimeDto): Promise<IncidentResponse> {
    return this.handler.execute(id, dto ?? new StepTimeDto(), new Date());
  }
}
