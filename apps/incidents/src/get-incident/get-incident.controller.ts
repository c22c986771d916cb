import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, UuidParam } from '#platform';
import { IncidentReader } from '../incident/incident-reader.js';
import { IncidentResponse } from '../incident/incident.response.js';

@ApiTags('incidents')
@Controller('incidents')
export class GetIncidentController {
  constructor(private readonly reader: IncidentReader) {}

  @Get(':id')
  @Authorize('officer', 'police-chief', 'admin', 'system')
  @ApiOperation({ summary: 'Read one incident (law-enforcement record) with its triage, dispatch, dispositions and uses of force' })
  @ApiOkResponse({ type: IncidentResponse })
  @ApiProblem(404, 'No such incident (INCIDENT.NOT_FOUND)')
  get(@UuidParam('id') id: string): Promise<IncidentResponse> {
    return this.reader.read(id);
  }
}
