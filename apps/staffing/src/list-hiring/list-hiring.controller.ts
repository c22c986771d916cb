import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize } from '#platform';
import { CandidateResponse, PositionResponse, RequisitionResponse } from '../hiring/hiring.responses.js';
import { CandidatePage, ListCandidatesQuery, ListPositionsQuery, ListRequisitionsQuery, PositionPage, RequisitionPage } from './list-hiring.dto.js';
import { ListHiringHandler } from './list-hiring.handler.js';

const KEYSET = 'Keyset pagination: pass nextCursor back as cursor with the same filters.';

@ApiTags('hiring')
@Controller()
export class ListHiringController {
  constructor(private readonly handler: ListHiringHandler) {}

  @Get('positions')
  @Authorize('admin', 'police-chief', 'bh-director', 'system')
  @ApiOperation({ summary: 'Positions by code, filtered by role and unit', description: KEYSET })
  @ApiOkResponse({ type: PositionPage })
  @ApiProblem(400, 'Bad filter, limit or cursor (REQUEST.VALIDATION_FAILED)')
  async positions(@Query() q: ListPositionsQuery): Promise<PositionPage> {
    const page = await this.handler.positionsPage(q);
    return { items: page.items.map(PositionResponse.from), nextCursor: page.nextCursor };
  }

  @Get('requisitions')
  @Authorize('admin', 'police-chief', 'bh-director', 'system')
  @ApiOperation({ summary: 'Requisitions by status (default open), newest first, optionally for one position', description: KEYSET })
  @ApiOkResponse({ type: RequisitionPage })
  @ApiProblem(400, 'Bad filter, limit or cursor (REQUEST.VALIDATION_FAILED)')
  async requisitions(@Query() q: ListRequisitionsQuery): Promise<RequisitionPage> {
    const page = await this.handler.requisitionsPage(q);
    return { items: page.items.map(RequisitionResponse.from), nextCursor: page.nextCursor };
  }

  @Get('candidates')
  @Authorize('admin', 'police-chief', 'bh-director', 'system')
  @ApiOperation({ summary: 'Candidates by stage (status) and requisition, longest in the pipeline first', description: KEYSET })
  @ApiOkResponse({ type: CandidatePage })
  @ApiProblem(400, 'Bad filter, limit or cursor (REQUEST.VALIDATION_FAILED)')
  async candidates(@Query() q: ListCandidatesQuery): Promise<CandidatePage> {
    const page = await this.handler.candidatesPage(q);
    return { items: page.items.map((c) => CandidateResponse.from(c.candidate, c.decisions)), nextCursor: page.nextCursor };
  }
}
