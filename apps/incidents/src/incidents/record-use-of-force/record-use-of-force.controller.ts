import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { CHANGE_PROBLEMS } from '../api/incident-endpoints.js';
import { IncidentResponse } from '../api/incident.response.js';
import { RecordUseOfForceDto } from './record-use-of-force.dto.js';
import { RecordUseOfForceHandler } from './record-use-of-force.handler.js';

@ApiTags('use of force')
@Controller('incidents')
export class RecordUseOfForceController {
  constructor(private readonly handler: RecordUseOfForceHandler) {}

  @Post(':id/use-of-force')
  @Endpoint({
    roles: ['officer', 'police-chief'],
    summary: 'Report a use of force: type, injuries, and whether a clinician was present (on scene or cleared)',
    description:
      'Publishes incidents.incident.use-of-force-recorded and analytics.incident.use-of-force-recorded, categories only; ' +
      'the description stays in this service.',
    status: 201,
    problems: {
      ...CHANGE_PROBLEMS,
      409: 'Not on scene or cleared (INCIDENT.WRONG_STATUS)',
      422: 'Not a student of the incident (USE_OF_FORCE.STUDENT_NOT_INVOLVED), or a bad time (INCIDENT.TIME_IN_FUTURE / INCIDENT.TIME_OUT_OF_ORDER)',
    },
  })
  @ApiCreatedResponse({ type: IncidentResponse, description: 'The incident with its uses of force' })
  record(@UuidParam('id') id: string, @Body() dto: RecordUseOfForceDto, @CurrentPrincipal() by: Principal): Promise<IncidentResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
