import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { IncidentResponse } from '../incident/incident.response.js';
import { RecordDispositionDto } from './record-disposition.dto.js';
import { RecordDispositionHandler } from './record-disposition.handler.js';

@ApiTags('dispositions')
@Controller('incidents')
export class RecordDispositionController {
  constructor(private readonly handler: RecordDispositionHandler) {}

  @Post(':id/dispositions')
  @HttpCode(201)
  @Authorize('officer', 'police-chief')
  @ApiOperation({
    summary: 'Record how the incident ended for one student (on scene or cleared)',
    description:
      'One disposition per student. Publishes incidents.incident.disposition-recorded and analytics.incident.disposition-recorded; ' +
      'referred-to-behavioral-health and diversion-program also publish incidents.referral.requested to behavioral health, ' +
      'projected by libs/consent to the minimum incident facts (type, time, campus, crisis and safety flags; never the narrative or location).',
  })
  @ApiCreatedResponse({ type: IncidentResponse, description: 'The incident with its dispositions' })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such incident (INCIDENT.NOT_FOUND)')
  @ApiProblem(409, 'Not on scene or cleared (INCIDENT.WRONG_STATUS), or already decided for that student (DISPOSITION.ALREADY_RECORDED)')
  @ApiProblem(422, 'Not a student of the incident (DISPOSITION.STUDENT_NOT_INVOLVED), or a bad time (INCIDENT.TIME_IN_FUTURE / INCIDENT.TIME_OUT_OF_ORDER)')
  record(@UuidParam('id') id: string, @Body() dto: RecordDispositionDto, @CurrentPrincipal() by: Principal): Promise<IncidentResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
