import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal } from '#platform';
import { IncidentResponse } from '../incident/incident.response.js';
import { ReportIncidentDto } from './report-incident.dto.js';
import { ReportIncidentHandler } from './report-incident.handler.js';

@ApiTags('incidents')
@Controller('incidents')
export class ReportIncidentController {
  constructor(private readonly handler: ReportIncidentHandler) {}

  @Post()
  @HttpCode(201)
  @Authorize('officer', 'police-chief', 'system')
  @ApiOperation({ summary: 'Report an incident (officer or a district system such as CAD)' })
  @ApiCreatedResponse({ type: IncidentResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  async report(@Body() dto: ReportIncidentDto, @CurrentPrincipal() by: Principal): Promise<IncidentResponse> {
    return IncidentResponse.from(await this.handler.execute(dto, by));
  }
}
