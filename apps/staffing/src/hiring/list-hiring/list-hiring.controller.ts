import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, type EndpointSpec } from '#platform';
import { CandidateResponse, PositionResponse, RequisitionResponse } from '../api/hiring.responses.js';
import { CandidatePage, ListCandidatesQuery, ListPositionsQuery, ListRequisitionsQuery, PositionPage, RequisitionPage } from './list-hiring.dto.js';
import { ListHiringHandler } from './list-hiring.handler.js';

/** What the three hiring lists share: who reads them, keyset pagination, the 400. */
const LIST = {
  roles: ['admin', 'police-chief', 'bh-director', 'system'],
  description: 'Keyset pagination: pass nextCursor back as cursor with the same filters.',
  problems: { 400: 'Bad filter, limit or cursor (REQUEST.VALIDATION_FAILED)' },
} satisfies Partial<EndpointSpec>;

@ApiTags('hiring')
@Controller()
export class ListHiringController {
  constructor(private readonly handler: ListHiringHandler) {}

  @Get('positions')
  @Endpoint({ ...LIST, summary: 'Positions by code, filtered by role and unit', response: PositionPage })
  async positions(@Query() q: ListPositionsQuery): Promise<PositionPage> {
    const page = await this.handler.positionsPage(q);
    return { items: page.items.map(PositionResponse.from), nextCursor: page.nextCursor };
  }

  @Get('requisitions')
  @Endpoint({ ...LIST, summary: 'Requisitions by status (default open), newest first, optionally for one position', response: RequisitionPage })
  async requisitions(@Query() q: ListRequisitionsQuery): Promise<RequisitionPage> {
    const page = await this.handler.requisitionsPage(q);
    return { items: page.items.map(RequisitionResponse.from), nextCursor: page.nextCursor };
  }

  @Get('candidates')
  @Endpoint({ ...LIST, summary: 'Candidates by stage (status) and requisition, longest in the pipeline first', response: CandidatePage })
  async candidates(@Query() q: ListCandidatesQuery): Promise<CandidatePage> {
    const page = await this.handler.candidatesPage(q);
    return { items: page.items.map((c) => CandidateResponse.from(c.candidate, c.decisions)), nextCursor: page.nextCursor };
  }
}
