import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { STAFF_ROLES } from '../api/staff-roles.js';
import { SupportOfferResponse } from '../api/support.responses.js';
import { AcceptSupportOfferDto } from './answer-support-offer.dto.js';
import { AnswerSupportOfferHandler } from './answer-support-offer.handler.js';

const ANSWER_PROBLEMS = {
  404: 'No such offer, or not yours (SUPPORT.NOT_FOUND)',
  409: 'The offer expired or was answered (SUPPORT.OFFER_CLOSED)',
};

@ApiTags('support')
@Controller('me/support-offers')
export class AnswerSupportOfferController {
  constructor(private readonly handler: AnswerSupportOfferHandler) {}

  @Post(':id/accept')
  @Endpoint({
    roles: STAFF_ROLES,
    summary: 'Accept your debrief offer: a peer outside your chain of command (or an EAP clinician) is assigned; due within 72 h (W7, W8)',
    status: 200,
    response: SupportOfferResponse,
    problems: { ...ANSWER_PROBLEMS, 503: 'Nobody is available to assign (SUPPORT.NO_SUPPORTER_AVAILABLE)' },
  })
  accept(@UuidParam('id') id: string, @Body() dto: AcceptSupportOfferDto, @CurrentPrincipal() by: Principal): Promise<SupportOfferResponse> {
    return this.handler.execute(id, by.sub, 'accepted', dto.supporter ?? 'peer', new Date());
  }

  @Post(':id/decline')
  @Endpoint({
    roles: STAFF_ROLES,
    summary: 'Decline your debrief offer; nobody else learns of it (W1). You can ask again later.',
    status: 200,
    response: SupportOfferResponse,
    problems: ANSWER_PROBLEMS,
  })
  decline(@UuidParam('id') id: string, @CurrentPrincipal() by: Principal): Promise<SupportOfferResponse> {
    return this.handler.execute(id, by.sub, 'declined', 'peer', new Date());
  }
}
