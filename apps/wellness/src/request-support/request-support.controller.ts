import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, CurrentPrincipal, Problem, type Principal } from '#platform';
import { AssignSupporter } from '../support/assign-supporter.js';
import { STAFF_ROLES } from '../support/staff-roles.js';
import { SupportOffer } from '../support/support-offer.entity.js';
import { SupportOfferResponse } from '../support/support.responses.js';
import { asUuid } from '../my-support-offers/my-support-offers.controller.js';
import { RequestSupportDto } from './request-support.dto.js';

@ApiTags('support')
@Controller('me/support-requests')
export class RequestSupportController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assign: AssignSupporter,
  ) {}

  @Post()
  @HttpCode(201)
  @Authorize(...STAFF_ROLES)
  @ApiOperation({
    summary: 'Ask for confidential peer support (or a debrief) for yourself; a reason is optional',
    description: 'Matched with an available peer outside your chain of command (W8) or an EAP clinician. Nobody in command learns of it (W1, Occupations Code 1701.624).',
  })
  @ApiCreatedResponse({ type: SupportOfferResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(403, 'The token subject is not a roster id (SUPPORT.NOT_STAFF)')
  @ApiProblem(503, 'Nobody is available to assign (SUPPORT.NO_SUPPORTER_AVAILABLE)')
  request(@Body() dto: RequestSupportDto, @CurrentPrincipal() by: Principal): Promise<SupportOfferResponse> {
    if (asUuid(by.sub) !== by.sub) throw new Problem(403, 'SUPPORT.NOT_STAFF', 'Support is requested with your own staff token (subject = roster id)');
    const now = new Date();
    return this.dataSource.transaction(async (em) => {
      const offer = em.create(SupportOffer, {
        staffId: by.sub,
        kind: dto.kind,
        source: 'self-request',
        criticalIncidentId: null,
        reason: dto.reason ?? null,
        offeredAt: now,
        expiresAt: now,
        answer: 'accepted',
        answeredAt: now,
        heldAt: null,
        heldBy: null,
      });
      await this.assign.assign(em, offer, dto.supporter ?? 'peer', now);
      return SupportOfferResponse.from(await em.save(offer), now);
    });
  }
}
