import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { IncidentResponse } from '../incident/incident.response.js';
import { VoidIncidentDto } from './void-incident.dto.js';
import { VoidIncidentHandler } from './void-incident.handler.js';

@ApiTags('incidents')
@Controller('incidents')
export class VoidIncidentController {
  constructor(private readonly handler: VoidIncidentHandler) {}

  @Post(':id/void')
  @HttpCode(200)
  @Authorize('police-chief')
  @ApiOperation({
    summary: 'Void (cancel) an incident with a reason: supervisors only',
    description:
      'From any status but closed. Records who, when, why (and an optional note, kept on the record only); frees the responders; ' +
      'publishes incidents.incident.voided and, de-identified, analytics.incident.voided.',
  })
  @ApiOkResponse({ type: IncidentResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such incident (INCIDENT.NOT_FOUND)')
  @ApiProblem(409, 'Closed or already voided (INCIDENT.WRONG_STATUS)')
  @ApiProblem(422, 'Time in the future or before the report (INCIDENT.TIME_IN_FUTURE / INCIDENT.TIME_OUT_OF_ORDER)')
  void(@UuidParam('id') id: string, @Body() dto: VoidIncidentDto, @CurrentPrincipal() principal: Principal): Promise<IncidentResponse> {
    return this.handler.execute(id, dto, principal.sub, new Date());
  }
}
