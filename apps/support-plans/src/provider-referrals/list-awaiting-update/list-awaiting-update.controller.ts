import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { ProviderReferralResponse } from '../api/provider-referral.response.js';
import { PROVIDER_REFERRAL_REMINDER_DAYS } from '../domain/provider-referral-status.js';
import { AwaitingUpdateQuery } from './list-awaiting-update.dto.js';
import { ListAwaitingUpdateHandler } from './list-awaiting-update.handler.js';

@ApiTags('community-providers')
@Controller('provider-referrals')
export class ListAwaitingUpdateController {
  constructor(private readonly handler: ListAwaitingUpdateHandler) {}

  @Get('awaiting-update')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: `The reminder list: referrals sent or accepted with no update for \`days\` days (default ${PROVIDER_REFERRAL_REMINDER_DAYS}), oldest first`,
    response: [ProviderReferralResponse],
    problems: { 400: 'Bad days (REQUEST.VALIDATION_FAILED)' },
  })
  async awaiting(@Query() q: AwaitingUpdateQuery): Promise<ProviderReferralResponse[]> {
    return (await this.handler.execute(q.days ?? PROVIDER_REFERRAL_REMINDER_DAYS, new Date())).map(ProviderReferralResponse.from);
  }
}
