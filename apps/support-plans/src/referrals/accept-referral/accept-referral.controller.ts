import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { ReferralSummaryResponse } from '../api/referral-summary.response.js';
import { AcceptReferralDto } from './accept-referral.dto.js';
import { AcceptReferralHandler } from './accept-referral.handler.js';

@ApiTags('referrals')
@Controller('referrals')
export class AcceptReferralController {
  constructor(private readonly handler: AcceptReferralHandler) {}

  @Post(':id/accept')
  @HttpCode(200)
  @Authorize('clinician', 'bh-director')
  @ApiOperation({
    summary: 'Accept a received referral and assign a clinician',
    description: 'received → accepted, once; a concurrent second decision gets 409. Publishes support.referral.accepted (clinical-only, no text).',
  })
  @ApiOkResponse({ type: ReferralSummaryResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such referral (REFERRAL.NOT_FOUND)')
  @ApiProblem(409, 'Already accepted or declined; `referralStatus` says which (REFERRAL.ILLEGAL_TRANSITION)')
  async accept(
    @UuidParam('id') id: string,
    @Body() dto: AcceptReferralDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<ReferralSummaryResponse> {
    return ReferralSummaryResponse.from(await this.handler.execute(id, dto, by, new Date()));
  }
}
