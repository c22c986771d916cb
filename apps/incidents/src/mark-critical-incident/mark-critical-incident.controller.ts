import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, Problem, UuidParam } from '#platform';
import { CriticalIncidentPublisher } from '../critical-incident/critical-incident.publisher.js';
import { lockIncident } from '../incident/transition.js';
import { MarkCriticalIncidentDto } from './mark-critical-incident.dto.js';

@ApiTags('incidents')
@Controller('incidents')
export class MarkCriticalIncidentController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: CriticalIncidentPublisher,
  ) {}

  @Post(':id/critical-incident')
  @HttpCode(204)
  @Authorize('police-chief', 'bh-director', 'admin')
  @ApiOperation({
    summary: 'Mark an incident as critical for the staff involved (a supervisor decision)',
    description:
      'Publishes incidents.critical-incident.recorded with staff ids only (the dispatched officer and clinician, plus alsoInvolved): ' +
      'the wellness service offers each a confidential debrief (W6). Nobody here learns whether they take it (W1).',
  })
  @ApiNoContentResponse({ description: 'Marked; the debrief offers follow' })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such incident (INCIDENT.NOT_FOUND)')
  @ApiProblem(409, 'Nobody was dispatched or named, so there is nobody to offer a debrief to (INCIDENT.NO_STAFF_INVOLVED)')
  async mark(@UuidParam('id') id: string, @Body() dto: MarkCriticalIncidentDto): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const incident = await lockIncident(em, id);
      const published = await this.publisher.publish(em, incident, { supervisorMarked: true, alsoInvolved: dto.alsoInvolved }, new Date());
      if (!published) throw Problem.conflict('INCIDENT.NO_STAFF_INVOLVED', `Incident ${id} has no dispatched or named staff`);
    });
  }
}
