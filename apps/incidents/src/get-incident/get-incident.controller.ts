import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize } from '#platform';
import { IncidentResponse } from '../incident/incident.response.js';
import { GetIncidentHandler } from './get-incident.handler.js';

@ApiTags('incidents')
@Controller('incidents')
export class GetIncidentController {
  constructor(private readonly handler: GetIncidentHandler) {}

  @Get(':id')
  @Authorize('officer', 'police-chief', 'admin', 'system')
  @ApiOperation({ summary: 'Read one incident (law-enforcement record)' })
  @ApiOkResponse({ type: IncidentResponse })
  @ApiProblem(404, 'No such incident (INCIDENT.NOT_FOUND)')
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<IncidentResponse> {
    return IncidentResponse.from(await this.handler.execute(id));
  }
}
