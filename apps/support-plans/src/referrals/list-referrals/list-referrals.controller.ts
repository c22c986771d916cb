import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { ReferralSummaryResponse } from '../api/referral-summary.response.js';
import { ListReferralsQuery, ReferralPageResponse } from './list-referrals.dto.js';
import { ListReferralsHandler } from './list-referrals.handler.js';

@ApiTags('referrals')
@Controller('referrals')
export class ListReferralsController {
  constructor(private readonly handler: ListReferralsHandler) {}

  @Get()
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'The referral queue: referrals by status (default received), oldest first',
    description: 'Summaries only (no reason text, no PSY-NOTE or SUD fields). Keyset-paginated with nextCursor.',
    response: ReferralPageResponse,
    problems: { 400: 'Invalid query (REQUEST.VALIDATION_FAILED)' },
  })
  async list(@Query() q: ListReferralsQuery): Promise<ReferralPageResponse> {
    const page = await this.handler.execute(q);
    return { items: page.items.map(ReferralSummaryResponse.from), nextCursor: page.nextCursor };
  }
}
