import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { ListCasesQuery, ThreatCasePage, ThreatCaseSummary } from './list-cases.dto.js';
import { ListCasesHandler } from './list-cases.handler.js';

@ApiTags('threat-assessments')
@Controller('threat-assessments')
export class ListCasesController {
  constructor(private readonly handler: ListCasesHandler) {}

  @Get()
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: "The case team's queue: threat-assessment cases by level of concern, status (default open) and campus, oldest first",
    description:
      'Summaries only (level of concern, stage, dates; no findings, rationale or screenings), for the clinical side like the referral queue. ' +
      'Police and administrator team members read their cases one by one through the consent rules (GET /threat-assessments/{id}). ' +
      'Keyset pagination: pass nextCursor back as cursor with the same filters.',
    response: ThreatCasePage,
    problems: { 400: 'Bad filter, limit or cursor (REQUEST.VALIDATION_FAILED)' },
  })
  async list(@Query() q: ListCasesQuery): Promise<ThreatCasePage> {
    const page = await this.handler.execute(q);
    return { items: page.items.map(ThreatCaseSummary.from), nextCursor: page.nextCursor };
  }
}
