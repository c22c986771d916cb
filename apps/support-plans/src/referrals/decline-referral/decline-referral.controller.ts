import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { ReferralSummaryResponse } from '../api/referral-summary.response.js';
import { DeclineReferralDto } from './decline-referral.dto.js';
import { DeclineReferralHandler } from './decline-referral.handler.js';

@ApiTags('referrals')
@Controller('referrals')
export class DeclineReferralController {
  constructor(private readonly handler: DeclineReferralHandler) {}

  @Post(':id/decline')
  @HttpCode(200)
  @Authorize('clinician', 'bh-director')
  @ApiOperation({
    summary: 'Decline a received referral, with a reason',
    description:
      'received → declined, once; a concurrent second decision gets 409. Publishes support.referral.declined with the categorical ' +
      'reason (the note stays here).',
  })
  @ApiOkResponse({ type: ReferralSummaryResponse })
  @ApiProblem(400, 'Invalid body, or reason "other" without a note (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such referral (REFERRAL.NOT_FOUND)')
  @ApiProblem(409, 'Already accepted or declined; `referralStatus` says which (REFERRAL.ILLEGAL_TRANSITION)')
  async decline(
    @UuidParam('id') id: string,
    @Body() dto: DeclineReferralDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<ReferralSummaryResponse> {
    return ReferralSummaryResponse.from(await this.handler.execute(id, dto, by, new Date()));
  }
}
