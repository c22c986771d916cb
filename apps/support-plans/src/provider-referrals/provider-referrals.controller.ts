import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize, CurrentPrincipal, type Principal, UuidParam } from '#platform';
import { AwaitingUpdateQuery, ChangeProviderReferralStatusDto, ProviderReferralResponse, SendProviderReferralDto } from './provider-referral.dto.js';
import { ProviderReferralsHandler } from './provider-referrals.handler.js';

/** Days without an update before a referral shows on the reminder list (default). */
export const PROVIDER_REFERRAL_REMINDER_DAYS = 14;

@ApiTags('community-providers')
@Controller()
export class ProviderReferralsController {
  constructor(private readonly handler: ProviderReferralsHandler) {}

  @Post('support-plans/:id/provider-referrals')
  @HttpCode(201)
  @Authorize('clinician', 'bh-director')
  @ApiOperation({
    summary: 'Refer a support plan to a community provider (needs a consent in force naming the provider)',
    description:
      'The provider receives the plan\'s student, campus, goals, services and status under a consent naming it as recipient `{ "personId": "provider:<id>" }` ' +
      'for purpose treatment (R4). A 42 CFR Part 2 program\'s referral carries the 2.32 redisclosure notice (R5). The disclosure is in the record of disclosures (R7).',
  })
  @ApiCreatedResponse({ type: ProviderReferralResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such plan or active provider (SUPPORT_PLAN.NOT_FOUND / PROVIDER.NOT_FOUND)')
  @ApiProblem(422, 'No consent in force names the provider (PROVIDER_REFERRAL.CONSENT_REQUIRED, with ruleIds)')
  async send(@UuidParam('id') planId: string, @Body() dto: SendProviderReferralDto, @CurrentPrincipal() principal: Principal): Promise<ProviderReferralResponse> {
    return ProviderReferralResponse.from(await this.handler.send(planId, dto.providerId, principal.sub, new Date()));
  }

  @Get('support-plans/:id/provider-referrals')
  @Authorize('clinician', 'bh-director')
  @ApiOperation({ summary: "A plan's referrals to community providers, oldest first" })
  @ApiOkResponse({ type: [ProviderReferralResponse] })
  async forPlan(@UuidParam('id') planId: string): Promise<ProviderReferralResponse[]> {
    return (await this.handler.forPlan(planId)).map(ProviderReferralResponse.from);
  }

  @Post('provider-referrals/:id/status')
  @HttpCode(200)
  @Authorize('clinician', 'bh-director')
  @ApiOperation({ summary: 'Record what the provider reported: accepted, first appointment (with its day), no-show, closed' })
  @ApiOkResponse({ type: ProviderReferralResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(404, 'No such referral (PROVIDER_REFERRAL.NOT_FOUND)')
  @ApiProblem(409, 'Not a next status (PROVIDER_REFERRAL.ILLEGAL_TRANSITION)')
  async status(@UuidParam('id') id: string, @Body() dto: ChangeProviderReferralStatusDto, @CurrentPrincipal() principal: Principal): Promise<ProviderReferralResponse> {
    return ProviderReferralResponse.from(await this.handler.changeStatus(id, dto.status, dto.firstAppointmentOn, principal.sub, new Date()));
  }

  @Get('provider-referrals/awaiting-update')
  @Authorize('clinician', 'bh-director')
  @ApiOperation({ summary: `The reminder list: referrals sent or accepted with no update for \`days\` days (default ${PROVIDER_REFERRAL_REMINDER_DAYS}), oldest first` })
  @ApiOkResponse({ type: [ProviderReferralResponse] })
  @ApiProblem(400, 'Bad days (REQUEST.VALIDATION_FAILED)')
  async awaiting(@Query() q: AwaitingUpdateQuery): Promise<ProviderReferralResponse[]> {
    return (await this.handler.awaitingUpdate(q.days ?? PROVIDER_REFERRAL_REMINDER_DAYS, new Date())).map(ProviderReferralResponse.from);
  }
}
