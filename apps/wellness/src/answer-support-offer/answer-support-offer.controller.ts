import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { STAFF_ROLES } from '../support/staff-roles.js';
import { SupportOfferResponse } from '../support/support.responses.js';
import { AcceptSupportOfferDto } from './answer-support-offer.dto.js';
import { AnswerSupportOfferHandler } from './answer-support-offer.handler.js';

@ApiTags('support')
@Controller('me/support-offers')
export class AnswerSupportOfferController {
  constructor(private readonly handler: AnswerSupportOfferHandler) {}

  @Post(':id/accept')
  @HttpCode(200)
  @Authorize(...STAFF_ROLES)
  @ApiOperation({ summary: 'Accept your debrief offer: a peer outside your chain of command (or an EAP clinician) is assigned; due within 72 h (W7, W8)' })
  @ApiOkResponse({ type: SupportOfferResponse })
  @ApiProblem(404, 'No such offer, or not yours (SUPPORT.NOT_FOUND)')
  @ApiProblem(409, 'The offer expired or was answered (SUPPORT.OFFER_CLOSED)')
  @ApiProblem(503, 'Nobody is available to assign (SUPPORT.NO_SUPPORTER_AVAILABLE)')
  accept(@UuidParam('id') id: string, @Body() dto: AcceptSupportOfferDto, @CurrentPrincipal() by: Principal): Promise<SupportOfferResponse> {
    return this.handler.execute(id, by.sub, 'accepted', dto.supporter ?? 'peer', new Date());
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Authorize(...STAFF_ROLES)
  @ApiOperation({ summary: 'Decline your debrief offer; nobody else learns of it (W1). You can ask again later.' })
  @ApiOkResponse({ type: SupportOfferResponse })
  @ApiProblem(404, 'No such offer, or not yours (SUPPORT.NOT_FOUND)')
  @ApiProblem(409, 'The offer expired or was answered (SUPPORT.OFFER_CLOSED)')
  decline(@UuidParam('id') id: string, @CurrentPrincipal() by: Principal): Promise<SupportOfferResponse> {
    return this.handler.execute(id, by.sub, 'declined', 'peer', new Date());
  }
}
