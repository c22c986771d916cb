import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { CHANGE_PROBLEMS } from '../api/incident-endpoints.js';
import { IncidentResponse } from '../api/incident.response.js';
import { IncidentReader } from '../data/incident-reader.js';

@ApiTags('incidents')
@Controller('incidents')
export class GetIncidentController {
  constructor(private readonly reader: IncidentReader) {}

  @Get(':id')
  @Endpoint({
    roles: ['officer', 'police-chief', 'admin', 'system'],
    summary: 'Read one incident (law-enforcement record) with its triage, dispatch, dispositions and uses of force',
    response: IncidentResponse,
    problems: { 404: CHANGE_PROBLEMS[404] },
  })
  get(@UuidParam('id') id: string): Promise<IncidentResponse> {
    return this.reader.read(id);
  }
}
