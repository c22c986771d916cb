import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize } from '#platform';
import { ReferralResponse } from '../referral/referral.response.js';
import { GetReferralHandler } from './get-referral.handler.js';

@ApiTags('referrals')
@Controller('referrals')
export class GetReferralController {
  constructor(private readonly handler: GetReferralHandler) {}

  @Get(':id')
  @Authorize('clinician', 'bh-director')
  @ApiOperation({ summary: 'Read one referral (clinical team only; EDU-CLIN)' })
  @ApiOkResponse({ type: ReferralResponse })
  @ApiProblem(404, 'No such referral (REFERRAL.NOT_FOUND)')
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<ReferralResponse> {
    return ReferralResponse.from(await this.handler.execute(id));
  }
}
