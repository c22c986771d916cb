import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiProblem, CurrentPrincipal, Endpoint, Problem, type Principal } from '#platform';
import { STAFF_ROLES } from '../api/staff-roles.js';
import { SupportOfferResponse } from '../api/support.responses.js';
import { asUuid } from '../domain/roster-id.js';
import { RequestSupportDto } from './request-support.dto.js';
import { RequestSupportHandler } from './request-support.handler.js';

@ApiTags('support')
@Controller('me/support-requests')
export class RequestSupportController {
  constructor(private readonly handler: RequestSupportHandler) {}

  @Post()
  @Endpoint({
    roles: STAFF_ROLES,
    summary: 'Ask for confidential peer support (or a debrief) for yourself; a reason is optional',
    description: 'Matched with an available peer outside your chain of command (W8) or an EAP clinician. Nobody in command learns of it (W1, Occupations Code 1701.624).',
    status: 201,
    response: SupportOfferResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      503: 'Nobody is available to assign (SUPPORT.NO_SUPPORTER_AVAILABLE)',
    },
  })
  // Below @Endpoint so it is applied before the role check's own 403: the merged 403 then names this code first (its example).
  @ApiProblem(403, 'The token subject is not a roster id (SUPPORT.NOT_STAFF)')
  request(@Body() dto: RequestSupportDto, @CurrentPrincipal() by: Principal): Promise<SupportOfferResponse> {
    if (asUuid(by.sub) !== by.sub) throw new Problem(403, 'SUPPORT.NOT_STAFF', 'Support is requested with your own staff token (subject = roster id)');
    return this.handler.execute(by.sub, dto, new Date());
  }
}
