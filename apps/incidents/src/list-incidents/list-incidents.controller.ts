import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem, Authorize } from '#platform';
import { IncidentPage, ListIncidentsQuery } from './list-incidents.dto.js';
import { ListIncidentsHandler } from './list-incidents.handler.js';

@ApiTags('incidents')
@Controller('incidents')
export class ListIncidentsController {
  constructor(private readonly handler: ListIncidentsHandler) {}

  @Get()
  @Authorize('officer', 'police-chief', 'admin', 'system')
  @ApiOperation({
    summary: 'List incidents, newest first, filtered by campus, date range, type, student and status',
    description: 'Keyset pagination: pass nextCursor back as cursor with the same filters. Pages stay fast at millions of incidents.',
  })
  @ApiOkResponse({ type: IncidentPage })
  @ApiProblem(400, 'Bad filter, limit or cursor (REQUEST.VALIDATION_FAILED)')
  list(@Query() query: ListIncidentsQuery): Promise<IncidentPage> {
    return this.handler.execute(query);
  }
}
