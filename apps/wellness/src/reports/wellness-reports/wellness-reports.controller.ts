import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { REPORT_ROLES } from '#consent';
import { Endpoint } from '#platform';
import { WellnessReportQuery } from './wellness-reports.dto.js';
import { WellnessReportsHandler } from './wellness-reports.handler.js';
import { WellnessReportResponse } from './wellness-reports.response.js';

@ApiTags('reports')
@Controller('wellness/reports')
export class WellnessReportsController {
  constructor(private readonly handler: WellnessReportsHandler) {}

  @Get()
  @Endpoint({
    roles: [...REPORT_ROLES],
    summary: 'What command sees: counts per quarter, small cells suppressed, no filter finer than a unit of at least 5 (W11)',
    description:
      'Debriefs offered, accepted and held within their due time, peer-support sessions held, and screening declarations, over the whole quarters that from and to fall in (the answer gives the range used). No names, ids or individual records (W1).',
    response: WellnessReportResponse,
    problems: {
      400: 'Invalid query (REQUEST.VALIDATION_FAILED), or to before from (REPORT.INVALID_RANGE)',
      422: 'The unit has fewer than 5 people (REPORT.UNIT_TOO_SMALL)',
    },
  })
  report(@Query() q: WellnessReportQuery): Promise<WellnessReportResponse> {
    return this.handler.execute(q);
  }
}
