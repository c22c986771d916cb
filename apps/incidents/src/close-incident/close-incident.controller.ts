import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { IncidentResponse } from '../incident/incident.response.js';
import { StepTimeDto } from '../incident/step-time.dto.js';
import { CloseIncidentHandler } from './close-incident.handler.js';

@ApiTags('incidents')
@Controller('incidents')
export class CloseIncidentController {
  constructor(private readonly handler: CloseIncidentHandler) {}

  @Post(':id/close')
  @HttpCode(200)
  @Authorize('officer', 'police-chief')
  @ApiOperation({
    summary: 'Close a cleared incident (cleared → closed)',
    description: 'Every student involved needs a disposition first. Publishes incidents.incident.closed.',
  })
  @ApiOkResponse({ type: IncidentResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such incident (INCIDENT.NOT_FOUND)')
  @ApiProblem(409, 'Not cleared (INCIDENT.ILLEGAL_TRANSITION), or a student lacks a disposition (INCIDENT.DISPOSITIONS_MISSING)')
  @ApiProblem(422, 'Time in the future or before clearing (INCIDENT.TIME_IN_FUTURE / INCIDENT.TIME_OUT_OF_ORDER)')
  close(@UuidParam('id') id: string, @Body() dto: StepTimeDto): Promise<IncidentResponse> {
    return this.handler.execute(id, dto ?? new StepTimeDto(), new Date());
  }
}
