import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { IncidentResponse } from '../incident/incident.response.js';
import { RecordUseOfForceDto } from './record-use-of-force.dto.js';
import { RecordUseOfForceHandler } from './record-use-of-force.handler.js';

@ApiTags('use of force')
@Controller('incidents')
export class RecordUseOfForceController {
  constructor(private readonly handler: RecordUseOfForceHandler) {}

  @Post(':id/use-of-force')
  @HttpCode(201)
  @Authorize('officer', 'police-chief')
  @ApiOperation({
    summary: 'Report a use of force: type, injuries, and whether a clinician was present (on scene or cleared)',
    description:
      'Publishes incidents.incident.use-of-force-recorded and analytics.incident.use-of-force-recorded, categories only; ' +
      'the description stays in this service.',
  })
  @ApiCreatedResponse({ type: IncidentResponse, description: 'The incident with its uses of force' })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such incident (INCIDENT.NOT_FOUND)')
  @ApiProblem(409, 'Not on scene or cleared (INCIDENT.WRONG_STATUS)')
  @ApiProblem(422, 'Not a student of the incident (USE_OF_FORCE.STUDENT_NOT_INVOLVED), or a bad time (INCIDENT.TIME_IN_FUTURE / INCIDENT.TIME_OUT_OF_ORDER)')
  record(@UuidParam('id') id: string, @Body() dto: RecordUseOfForceDto, @CurrentPrincipal() by: Principal): Promise<IncidentResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
