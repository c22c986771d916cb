import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { CHANGE_PROBLEMS } from '../api/incident-endpoints.js';
import { IncidentResponse } from '../api/incident.response.js';
import { RecordDispositionDto } from './record-disposition.dto.js';
import { RecordDispositionHandler } from './record-disposition.handler.js';

@ApiTags('dispositions')
@Controller('incidents')
export class RecordDispositionController {
  constructor(private readonly handler: RecordDispositionHandler) {}

  @Post(':id/dispositions')
  @Endpoint({
    roles: ['officer', 'police-chief'],
    summary: 'Record how the incident ended for one student (on scene or cleared)',
    description:
      'One disposition per student. Publishes incidents.incident.disposition-recorded and analytics.incident.disposition-recorded; ' +
      'referred-to-behavioral-health and diversion-program also publish incidents.referral.requested to behavioral health, ' +
      'projected by libs/consent to the minimum incident facts (type, time, campus, crisis and safety flags; never the narrative or location).',
    status: 201,
    problems: {
      ...CHANGE_PROBLEMS,
      409: 'Not on scene or cleared (INCIDENT.WRONG_STATUS), or already decided for that student (DISPOSITION.ALREADY_RECORDED)',
      422: 'Not a student of the incident (DISPOSITION.STUDENT_NOT_INVOLVED), or a bad time (INCIDENT.TIME_IN_FUTURE / INCIDENT.TIME_OUT_OF_ORDER)',
    },
  })
  @ApiCreatedResponse({ type: IncidentResponse, description: 'The incident with its dispositions' })
  record(@UuidParam('id') id: string, @Body() dto: RecordDispositionDto, @CurrentPrincipal() by: Principal): Promise<IncidentResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
