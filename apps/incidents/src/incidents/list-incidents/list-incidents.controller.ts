import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { IncidentPage, ListIncidentsQuery } from './list-incidents.dto.js';
import { ListIncidentsHandler } from './list-incidents.handler.js';

@ApiTags('incidents')
@Controller('incidents')
export class ListIncidentsController {
  constructor(private readonly handler: ListIncidentsHandler) {}

  @Get()
  @Endpoint({
    roles: ['officer', 'police-chief', 'admin', 'system'],
    summary: 'List incidents, newest first, filtered by campus, date range, type, student and status',
    description: 'Keyset pagination: pass nextCursor back as cursor with the same filters. Pages stay fast at millions of incidents.',
    response: IncidentPage,
    problems: { 400: 'Bad filter, limit or cursor (REQUEST.VALIDATION_FAILED)' },
  })
  list(@Query() query: ListIncidentsQuery): Promise<IncidentPage> {
    return this.handler.execute(query);
  }
}
