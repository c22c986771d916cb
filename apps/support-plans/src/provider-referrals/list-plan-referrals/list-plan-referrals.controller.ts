import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { ProviderReferralResponse } from '../api/provider-referral.response.js';
import { ListPlanReferralsHandler } from './list-plan-referrals.handler.js';

@ApiTags('community-providers')
@Controller('support-plans')
export class ListPlanReferralsController {
  constructor(private readonly handler: ListPlanReferralsHandler) {}

  @Get(':id/provider-referrals')
  @Endpoint({ roles: ['clinician', 'bh-director'], summary: "A plan's referrals to community providers, oldest first", response: [ProviderReferralResponse] })
  async forPlan(@UuidParam('id') planId: string): Promise<ProviderReferralResponse[]> {
    return (await this.handler.execute(planId)).map(ProviderReferralResponse.from);
  }
}
