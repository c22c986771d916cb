import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { WhoIsOnCallQuery, WhoIsOnCallResponse } from './who-is-on-call.dto.js';
import { WhoIsOnCallHandler } from './who-is-on-call.handler.js';

@ApiTags('on-call')
@Controller('on-call')
export class WhoIsOnCallController {
  constructor(private readonly handler: WhoIsOnCallHandler) {}

  @Get()
  @Endpoint({
    roles: ['admin', 'bh-director', 'police-chief', 'clinician', 'officer', 'system'],
    summary: 'Who is on call for a campus at a time (shift start inclusive, end exclusive)',
    response: WhoIsOnCallResponse,
    problems: { 400: 'Missing campus or bad time (REQUEST.VALIDATION_FAILED)' },
  })
  async who(@Query() query: WhoIsOnCallQuery): Promise<WhoIsOnCallResponse> {
    const at = query.at ? new Date(query.at) : new Date();
    return { campusId: query.campusId, at: at.toISOString(), onCall: await this.handler.execute(query.campusId, at) };
  }
}
