import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { STAFF_ROLES } from '../api/staff-roles.js';
import { SupportOfferResponse } from '../api/support.responses.js';
import { MySupportOffersHandler } from './my-support-offers.handler.js';

@ApiTags('support')
@Controller('me/support-offers')
export class MySupportOffersController {
  constructor(private readonly handler: MySupportOffersHandler) {}

  @Get()
  @Endpoint({
    roles: STAFF_ROLES,
    summary: 'Your own debrief offers and support sessions (only ever yours: the token subject is your roster id)',
    description: 'Confidential (W1, W7): no other person, role or service sees these. Escalation log entries of your sessions are included (W9).',
    response: [SupportOfferResponse],
  })
  list(@CurrentPrincipal() by: Principal): Promise<SupportOfferResponse[]> {
    return this.handler.list(by.sub);
  }

  @Get(':id')
  @Endpoint({
    roles: STAFF_ROLES,
    summary: 'One of your own offers or sessions; anyone else, whatever their rank, gets 404 as for a missing one (W7, W10)',
    response: SupportOfferResponse,
    problems: { 404: 'No such offer, or not yours (SUPPORT.NOT_FOUND)' },
  })
  get(@UuidParam('id') id: string, @CurrentPrincipal() by: Principal): Promise<SupportOfferResponse> {
    return this.handler.get(id, by.sub);
  }
}
