import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Endpoint, Problem } from '#platform';
import { CoverageQuery, CoverageResponse } from './on-call-coverage.dto.js';
import { OnCallCoverageHandler, type CoverageReport } from './on-call-coverage.handler.js';

const MAX_PERIOD_MS = 92 * 86_400_000;

@ApiTags('on-call')
@Controller('on-call')
export class OnCallCoverageController {
  constructor(private readonly handler: OnCallCoverageHandler) {}

  @Get('coverage')
  @Endpoint({
    roles: ['admin', 'bh-director', 'police-chief', 'system'],
    summary: 'Gaps and overlaps in a campus\'s on-call coverage over a period (at most 92 days)',
    response: CoverageResponse,
    problems: {
      400: 'Missing campus or bad times (REQUEST.VALIDATION_FAILED)',
      422: 'Empty or over-long period (ON_CALL.BAD_PERIOD)',
    },
  })
  coverage(@Query() query: CoverageQuery): Promise<CoverageReport> {
    const from = new Date(query.from);
    const to = new Date(query.to);
    if (!(to.getTime() > from.getTime()) || to.getTime() - from.getTime() > MAX_PERIOD_MS) {
      throw new Problem(422, 'ON_CALL.BAD_PERIOD', 'to must come after from, at most 92 days later');
    }
    return this.handler.execute(query.campusId, from, to);
  }
}
