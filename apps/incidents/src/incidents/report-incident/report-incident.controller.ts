import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal } from '#platform';
import { CHANGE_PROBLEMS } from '../api/incident-endpoints.js';
import { IncidentResponse } from '../api/incident.response.js';
import { ReportIncidentDto } from './report-incident.dto.js';
import { ReportIncidentHandler } from './report-incident.handler.js';

@ApiTags('incidents')
@Controller('incidents')
export class ReportIncidentController {
  constructor(private readonly handler: ReportIncidentHandler) {}

  @Post()
  @Endpoint({
    roles: ['officer', 'police-chief', 'system'],
    summary: 'Report an incident (officer or a district system such as CAD)',
    status: 201,
    response: IncidentResponse,
    problems: { 400: CHANGE_PROBLEMS[400] },
  })
  async report(@Body() dto: ReportIncidentDto, @CurrentPrincipal() by: Principal): Promise<IncidentResponse> {
    return IncidentResponse.from(await this.handler.execute(dto, by));
  }
}
