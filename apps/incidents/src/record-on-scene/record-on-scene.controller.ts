import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { IncidentResponse } from '../incident/incident.response.js';
import { StepTimeDto } from '../incident/step-time.dto.js';
import { RecordOnSceneHandler } from './record-on-scene.handler.js';

@ApiTags('co-response')
@Controller('incidents')
export class RecordOnSceneController {
  constructor(private readonly handler: RecordOnSceneHandler) {}

  @Post(':id/on-scene')
  @HttpCode(200)
  @Authorize('officer', 'police-chief', 'system')
  @ApiOperation({
    summary: 'Record the responders’ arrival (dispatched → on-scene)',
    description: 'Publishes incidents.incident.on-scene and, for the data teams, analytics.incident.responded (whole minutes from dispatch).',
  })
  @ApiOkResponse({ type: IncidentResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such incident (INCIDENT.NOT_FOUND)')
  @ApiProblem(409, 'Not dispatched (INCIDENT.ILLEGAL_TRANSITION)')
  @ApiProblem(422, 'Time in the future or before dispatch (INCIDENT.TIME_IN_FUTURE / INCIDENT.TIME_OUT_OF_ORDER)')
  onScene(@UuidParam('id') id: string, @Body() dto: StepTimeDto): Promise<IncidentResponse> {
    return this.handler.execute(id, dto ?? new StepTimeDto(), new Date());
  }
}
