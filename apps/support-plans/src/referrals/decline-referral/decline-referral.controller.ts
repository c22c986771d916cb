import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ReferralSummaryResponse } from '../api/referral-summary.response.js';
import { DeclineReferralDto } from './decline-referral.dto.js';
import { DeclineReferralHandler } from './decline-referral.handler.js';

@ApiTags('referrals')
@Controller('referrals')
export class DeclineReferralController {
  constructor(private readonly handler: DeclineReferralHandler) {}

  @Post(':id/decline')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Decline a received referral, with a reason',
    description:
      'received → declined, once; a concurrent second decision gets 409. Publishes support.referral.declined with the categorical ' +
      'reason (the note stays here).',
    status: 200,
    response: ReferralSummaryResponse,
    problems: {
      400: 'Invalid body, or reason "other" without a note (REQUEST.VALIDATION_FAILED)',
      404: 'No such referral (REFERRAL.NOT_FOUND)',
      409: 'Already accepted or declined; `referralStatus` says which (REFERRAL.ILLEGAL_TRANSITION)',
    },
  })
  async decline(
    @UuidParam('id') id: string,
    @Body() dto: DeclineReferralDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<ReferralSummaryResponse> {
    return ReferralSummaryResponse.from(await this.handler.execute(id, dto, by, new Date()));
  }
}
