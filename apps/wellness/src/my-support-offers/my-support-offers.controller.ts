import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { mayActOnOffer } from '#consent';
import { ApiProblem, Authorize, CurrentPrincipal, Problem, type Principal, UuidParam } from '#platform';
import { Escalation } from '../support/escalation.entity.js';
import { STAFF_ROLES } from '../support/staff-roles.js';
import { SupportOffer } from '../support/support-offer.entity.js';
import { SupportOfferResponse } from '../support/support.responses.js';

@ApiTags('support')
@Controller('me/support-offers')
export class MySupportOffersController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Authorize(...STAFF_ROLES)
  @ApiOperation({
    summary: 'Your own debrief offers and support sessions (only ever yours: the token subject is your roster id)',
    description: 'Confidential (W1, W7): no other person, role or service sees these. Escalation log entries of your sessions are included (W9).',
  })
  @ApiOkResponse({ type: [SupportOfferResponse] })
  async list(@CurrentPrincipal() by: Principal): Promise<SupportOfferResponse[]> {
    const em = this.dataSource.manager;
    const offers = await em.find(SupportOffer, { where: { staffId: asUuid(by.sub) }, order: { offeredAt: 'DESC' } });
    const escalations = await em.find(Escalation, { where: { staffId: asUuid(by.sub) }, order: { at: 'ASC' } });
    const now = new Date();
    return offers.map((o) => SupportOfferResponse.from(o, now, escalations));
  }

  @Get(':id')
  @Authorize(...STAFF_ROLES)
  @ApiOperation({ summary: 'One of your own offers or sessions; anyone else, whatever their rank, gets 404 as for a missing one (W7, W10)' })
  @ApiOkResponse({ type: SupportOfferResponse })
  @ApiProblem(404, 'No such offer, or not yours (SUPPORT.NOT_FOUND)')
  async get(@UuidParam('id') id: string, @CurrentPrincipal() by: Principal): Promise<SupportOfferResponse> {
    const em = this.dataSource.manager;
    const offer = await em.findOneBy(SupportOffer, { id });
    if (!mayActOnOffer(by.sub, offer).allow || !offer) throw Problem.notFound('SUPPORT.NOT_FOUND', `No support offer ${id}`);
    return SupportOfferResponse.from(offer, new Date(), await em.findBy(Escalation, { offerId: id }));
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A subject that is not a roster id has no offers; never let it reach a uuid column as-is. */
export function asUuid(sub: string): string {
  return UUID.test(sub) ? sub : '00000000-0000-0000-0000-000000000000';
}
