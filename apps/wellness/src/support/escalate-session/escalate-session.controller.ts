import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { STAFF_ROLES } from '../api/staff-roles.js';
import { EscalationEntryResponse } from '../api/support.responses.js';
import { EscalateSessionDto } from './escalate-session.dto.js';
import { EscalateSessionHandler } from './escalate-session.handler.js';

@ApiTags('support')
@Controller('support-sessions')
export class EscalateSessionController {
  constructor(private readonly handler: EscalateSessionHandler) {}

  @Post(':id/escalations')
  @Endpoint({
    roles: STAFF_ROLES,
    summary: 'Imminent danger: hand a session you support to a licensed EAP clinician (W9)',
    description: 'The one exception to confidentiality. Never goes to command; the justification and who took over are logged, and the staff member sees the entry in GET /me/support-offers.',
    status: 201,
    response: EscalationEntryResponse,
    problems: {
      404: 'No such session, or not assigned to you (SUPPORT.NOT_FOUND)',
      422: 'Justification too short, or no licensed clinician (SUPPORT.ESCALATION_REFUSED)',
    },
  })
  escalate(@UuidParam('id') id: string, @Body() dto: EscalateSessionDto, @CurrentPrincipal() by: Principal): Promise<EscalationEntryResponse> {
    return this.handler.execute(id, dto, by.sub, new Date());
  }
}
