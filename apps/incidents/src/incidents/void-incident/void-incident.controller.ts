import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { IncidentStep } from '../api/incident-endpoints.js';
import { IncidentResponse } from '../api/incident.response.js';
import { VoidIncidentDto } from './void-incident.dto.js';
import { VoidIncidentHandler } from './void-incident.handler.js';

@ApiTags('incidents')
@Controller('incidents')
export class VoidIncidentController {
  constructor(private readonly handler: VoidIncidentHandler) {}

  @Post(':id/void')
  @IncidentStep({
    roles: ['police-chief'],
    summary: 'Void (cancel) an incident with a reason: supervisors only',
    description:
      'From any status but closed. Records who, when, why (and an optional note, kept on the record only); frees the responders; ' +
      'publishes incidents.incident.voided and, de-identified, analytics.incident.voided.',
    conflict: 'Closed or already voided (INCIDENT.WRONG_STATUS)',
    notBefore: 'before the report',
  })
  void(@UuidParam('id') id: string, @Body() dto: VoidIncidentDto, @CurrentPrincipal() principal: Principal): Promise<IncidentResponse> {
    return this.handler.execute(id, dto, principal.sub, new Date());
  }
}
