import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { ListOverdueReviewsQuery, OverdueReviewsResponse } from './list-overdue-reviews.dto.js';
import { ListOverdueReviewsHandler } from './list-overdue-reviews.handler.js';

@ApiTags('support-plans')
@Controller('support-plans')
export class ListOverdueReviewsController {
  constructor(private readonly handler: ListOverdueReviewsHandler) {}

  @Get('overdue-reviews')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Active support plans whose review is overdue at asOf (default now), most overdue first',
    description: 'A review due on D is overdue from the local midnight after D in the district calendar (America/Chicago by default).',
    response: OverdueReviewsResponse,
    problems: { 400: 'Invalid query (REQUEST.VALIDATION_FAILED)' },
  })
  async list(@Query() q: ListOverdueReviewsQuery): Promise<OverdueReviewsResponse> {
    return this.handler.execute(q, q.asOf ? new Date(q.asOf) : new Date());
  }
}
