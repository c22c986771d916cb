import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { IncidentResponse } from '../incident/incident.response.js';
import { StepTimeDto } from '../incident/step-time.dto.js';
import { ClearIncidentHandler } from './clear-incident.handler.js';

@ApiTags('co-response')
@Controller('incidents')
export class ClearIncidentController {
  constructor(private readonly handler: ClearIncidentHandler) {}

  @Post(':id/clear')
  @HttpCode(200)
  @Authorize('officer', 'police-chief', 'system')
  @ApiOperation({ summary: 'Record that the responders cleared the scene (on-scene → cleared)', description: 'Publishes incidents.incident.cleared.' })
  @ApiOkResponse({ type: IncidentResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such incident (INCIDENT.NOT_FOUND)')
  @ApiProblem(409, 'Not on scene (INCIDENT.ILLEGAL_TRANSITION)')
  @ApiProblem(422, 'Time in the future or before arrival (INCIDENT.TIME_IN_FUTURE / INCIDENT.TIME_OUT_OF_ORDER)')
  clear(@UuidParam('id') id: string, @Body() dto: StepTimeDto): Promise<IncidentResponse> {
    return this.handler.execute(id, dto ?? new StepTimeDto(), new Date());
  }
}
