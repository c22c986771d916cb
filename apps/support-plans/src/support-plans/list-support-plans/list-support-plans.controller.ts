import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { ListSupportPlansQuery, SupportPlanPage, SupportPlanSummary } from './list-support-plans.dto.js';
import { ListSupportPlansHandler } from './list-support-plans.handler.js';

@ApiTags('support-plans')
@Controller('support-plans')
export class ListSupportPlansController {
  constructor(private readonly handler: ListSupportPlansHandler) {}

  @Get()
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Support plans by clinician (caseload) or campus, by status (default active), newest first',
    description: 'Summaries only (no goals, interventions or notes), for the clinical side. Keyset pagination: pass nextCursor back as cursor with the same filters.',
    response: SupportPlanPage,
    problems: { 400: 'Bad filter, limit or cursor (REQUEST.VALIDATION_FAILED)' },
  })
  async list(@Query() q: ListSupportPlansQuery): Promise<SupportPlanPage> {
    const page = await this.handler.execute(q);
    return { items: page.items.map(SupportPlanSummary.from), nextCursor: page.nextCursor };
  }
}
