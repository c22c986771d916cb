import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Endpoint, type Principal, UuidParam } from '#platform';
import { ThreatCaseResponse } from '../api/threat-case.response.js';
import { RecordScreeningDto } from './record-screening.dto.js';
import { RecordScreeningHandler } from './record-screening.handler.js';

@ApiTags('threat-assessments')
@Controller('threat-assessments')
export class RecordScreeningController {
  constructor(private readonly handler: RecordScreeningHandler) {}

  @Post(':id/screenings')
  @Endpoint({
    roles: ['clinician', 'bh-director'],
    summary: 'Record a pathway-to-violence screening',
    description:
      "The case's pathway stage becomes the furthest step observed. Findings are EDU-CLIN (police members never see them). " +
      'Publishes support.threat-case.screened (stage only).',
    status: 201,
    response: ThreatCaseResponse,
    problems: {
      400: 'Invalid body (REQUEST.VALIDATION_FAILED)',
      404: 'No such case (THREAT_CASE.NOT_FOUND)',
      409: 'The case is closed (THREAT_CASE.CLOSED)',
    },
  })
  async screen(
    @UuidParam('id') id: string,
    @Body() dto: RecordScreeningDto,
    @CurrentPrincipal() by: Principal,
  ): Promise<ThreatCaseResponse> {
    return this.handler.execute(id, dto, by, new Date());
  }
}
