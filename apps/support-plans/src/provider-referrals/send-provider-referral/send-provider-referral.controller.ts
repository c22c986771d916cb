import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ProviderReferralResponse } from '../api/provider-referral.response.js';
import { SendProviderReferralDto } from './send-provider-referral.dto.js';
import { SendProviderReferralHandler } from './send-provider-referral.handler.js';

@ApiTags('community-providers')
@Controller('support-plans')
export class SendProviderReferralController {
  constructor(private readonly handler: SendProviderReferralHandler) {}

  @Post(':id/provider-referrals')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Refer a support plan to a community provider (needs a consent in force naming the provider)',
    description:
      'The provider receives the plan\'s student, campus, goals, services and status under a consent naming it as recipient `{ "personId": "provider:<id>" }` ' +
      'for purpose treatment (R4). A 42 CFR Part 2 program\'s referral carries the 2.32 redisclosure notice (R5). The disclosure is in the record of disclosures (R7).',
    status: 201,
    response: ProviderReferralResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such plan or active provider (SUPPORT_PLAN.NOT_FOUND / PROVIDER.NOT_FOUND)',
      422: 'No consent in force names the provider (PROVIDER_REFERRAL.CONSENT_REQUIRED, with ruleIds)',
    },
  })
  async send(@UuidParam('id') planId: string, @Body() dto: SendProviderReferralDto, @CurrentPrincipal() principal: Principal): Promise<ProviderReferralResponse> {
    return ProviderReferralResponse.from(await this.handler.execute(planId, dto.providerId, principal.sub, new Date()));
  }
}
