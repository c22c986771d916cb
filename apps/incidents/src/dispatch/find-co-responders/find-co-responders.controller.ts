import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { CoRespondersResponse, FindCoRespondersQuery } from './find-co-responders.dto.js';
import { FindCoRespondersHandler } from './find-co-responders.handler.js';

@ApiTags('co-response')
@Controller('co-responder-eligibility')
export class FindCoRespondersController {
  constructor(private readonly handler: FindCoRespondersHandler) {}

  @Get()
  @Endpoint({
    roles: ['officer', 'police-chief', 'admin', 'system'],
    summary: 'Who could be dispatched to a campus at an instant (officers and on-call clinicians, in dispatch order)',
    description: 'Read from the local projections of staffing and training events, exactly as POST /incidents/{id}/dispatch reads them.',
    response: CoRespondersResponse,
    problems: { 400: 'Missing campus or bad time (REQUEST.VALIDATION_FAILED)' },
  })
  find(@Query() query: FindCoRespondersQuery): Promise<CoRespondersResponse> {
    return this.handler.execute(query.campusId, query.at ? new Date(query.at) : new Date());
  }
}
