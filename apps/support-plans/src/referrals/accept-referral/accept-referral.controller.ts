import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ReferralSummaryResponse } from '../api/referral-summary.response.js';
import { AcceptReferralDto } from './accept-referral.dto.js';
import { AcceptReferralHandler } from './accept-referral.handler.js';

@ApiTags('referrals')
@Controller('referrals')
export class AcceptReferralController {
  constructor(private readonly handler: AcceptReferralHandler) {}

  @Post(':id/accept')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Accept a received referral and assign a clinician',
    description: 'received → accepted, once; a concurrent second decision gets 409. Publishes support.referral.accepted (clinical-only, no text).',
    status: 200,
    response: ReferralSummaryResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such referral (REFERRAL.NOT_FOUND)',
      409: 'Already accepted or declined; `referralStatus` says which (REFERRAL.ILLEGAL_TRANSITION)',
    },
  })
  async accept(
    @UuidParam('id') id: string,
    @Body() dto: AcceptReferralDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<ReferralSummaryResponse> {
    return ReferralSummaryResponse.from(await this.handler.execute(id, dto, by, new Date()));
  }
}
