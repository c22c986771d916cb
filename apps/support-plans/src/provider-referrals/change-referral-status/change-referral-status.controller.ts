import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ProviderReferralResponse } from '../api/provider-referral.response.js';
import { ChangeProviderReferralStatusDto } from './change-referral-status.dto.js';
import { ChangeReferralStatusHandler } from './change-referral-status.handler.js';

@ApiTags('community-providers')
@Controller('provider-referrals')
export class ChangeReferralStatusController {
  constructor(private readonly handler: ChangeReferralStatusHandler) {}

  @Post(':id/status')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Record what the provider reported: accepted, first appointment (with its day), no-show, closed',
    status: 200,
    response: ProviderReferralResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such referral (PROVIDER_REFERRAL.NOT_FOUND)',
      409: 'Not a next status (PROVIDER_REFERRAL.ILLEGAL_TRANSITION)',
    },
  })
  async status(@UuidParam('id') id: string, @Body() dto: ChangeProviderReferralStatusDto, @CurrentPrincipal() principal: Principal): Promise<ProviderReferralResponse> {
    return ProviderReferralResponse.from(await this.handler.execute(id, dto.status, dto.firstAppointmentOn, principal.sub, new Date()));
  }
}
